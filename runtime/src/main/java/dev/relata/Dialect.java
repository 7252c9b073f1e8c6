package dev.relata;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL dialects generated DAOs and DDL support. Each quotes every identifier, in the case its
 * database folds unquoted identifiers to, so that {@code user} and {@code like} are legal table
 * names and hand-written SQL still finds the tables without quotes.
 */
public enum Dialect {
    /** H2 2.x, the embedded database of tests and the sample app. */
    H2('"', '"', true, "FOR UPDATE"),
    /** PostgreSQL 12 and later, and PostgreSQL-compatible engines. */
    POSTGRESQL('"', '"', false, "FOR SHARE"),
    /** MariaDB 10.6 and later with InnoDB; also MySQL 8. */
    MARIADB('`', '`', false, "LOCK IN SHARE MODE");

    private final char open;
    private final char close;
    private final boolean upperCase;
    private final String shareLock;

    Dialect(char open, char close, boolean upperCase, String shareLock) {
        this.open = open;
        this.close = close;
        this.upperCase = upperCase;
        this.shareLock = shareLock;
    }

    /**
     * {@return the identifier as this dialect stores it when written without quotes: {@code USER} on H2}
     *
     * @param identifier a table or column name
     */
    public String fold(String identifier) {
        return upperCase ? identifier.toUpperCase(Locale.ROOT) : identifier;
    }

    /**
     * {@return the identifier, quoted for this dialect: {@code "USER"} on H2, {@code "user"} on PostgreSQL}
     *
     * @param identifier a table or column name
     */
    public String quote(String identifier) {
        return open + fold(identifier) + close;
    }

    /**
     * Renders a statement template of the generated code: each {@code {name}} becomes the quoted
     * identifier {@code name}, {@code {FOR SHARE}} this dialect's shared row lock clause, and
     * {@code {DEFAULT VALUES}} the values of a row whose every column takes its default
     * ({@code () VALUES ()} on MariaDB and MySQL, which lack {@code DEFAULT VALUES}).
     * Templates hold identifiers known at compile time only; values are always bound parameters.
     *
     * @param template the statement with {@code {name}} placeholders
     * @return the statement for this dialect
     * @throws IllegalArgumentException when a placeholder is not closed
     */
    public String sql(String template) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            int nested = template.indexOf('{', i + 1);
            if (end < 0 || (nested >= 0 && nested < end)) {
                throw new IllegalArgumentException("Unclosed '{' in SQL template: " + template);
            }
            String name = template.substring(i + 1, end);
            out.append(name.equals("FOR SHARE") ? shareLock
                    : name.equals("DEFAULT VALUES") ? (this == MARIADB ? "() VALUES ()" : "DEFAULT VALUES")
                    : quote(name));
            i = end + 1;
        }
        return out.toString();
    }

    /**
     * {@return the dialect of the database a connection's metadata describes}
     *
     * @param metaData the metadata of a connection to the database
     * @throws SQLException when the metadata cannot be read
     * @throws RelataException when the database is none that Relata knows
     */
    public static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return MARIADB;
        }
        throw new RelataException("Relata does not know the database '" + metaData.getDatabaseProductName()
                + "'; supported: H2, PostgreSQL, MariaDB and MySQL. Pass the Dialect to Database.of explicitly.");
    }
}
