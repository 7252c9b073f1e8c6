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
     * The clause that takes a shared lock on the rows a {@code SELECT} reads, so that they cannot
     * change or go before the transaction ends: {@code FOR SHARE} on PostgreSQL, {@code FOR UPDATE}
     * on H2 (which has no shared row locks), {@code LOCK IN SHARE MODE} on MariaDB and MySQL.
     *
     * @return the lock clause, written after the rest of the {@code SELECT}
     */
    public String shareLock() {
        return shareLock;
    }

    /**
     * What follows {@code INSERT INTO t} for a row whose every column takes its default:
     * {@code DEFAULT VALUES}, or {@code () VALUES ()} on MariaDB and MySQL, which lack it.
     *
     * @return the clause
     */
    public String defaultValues() {
        return this == MARIADB ? "() VALUES ()" : "DEFAULT VALUES";
    }

    /**
     * Whether a statement can bind a list of keys as one array parameter ({@code = ANY(?)}): true on
     * H2 and PostgreSQL; MariaDB and MySQL have no arrays and take {@code IN (?, ?, ...)} lists.
     *
     * @return whether keys go as one array parameter
     */
    public boolean hasArrayParameters() {
        return this != MARIADB;
    }

    /**
     * Whether a list of keys is best bound as one array parameter ({@code = ANY(?)}): true on
     * PostgreSQL, which looks every key of the array up in the index. H2 has arrays too, but checks
     * every row it reads against the whole array again, so that 10,000 keys cost 10,000 times
     * 10,000 comparisons (a query repeated with the very same array in one session seems fast only
     * because H2 returns the result it kept from the last run). H2 takes short
     * {@code IN (?, ?, ...)} lists instead ({@link #keysPerList()}), as MariaDB and MySQL, which
     * have no arrays, take long ones.
     *
     * @return whether keys go as one array parameter
     */
    public boolean bindsKeyListsAsArrays() {
        return this == POSTGRESQL;
    }

    /**
     * The most keys one {@code IN (?, ?, ...)} list binds: 1,024 on MariaDB, MySQL and PostgreSQL
     * (for keys that go as no array); 128 on H2, which checks every row it reads against the whole
     * list again, so that its cost grows with the list's length per row: for 10,000 keys, lists of
     * 128 took about a third of the time of lists of 1,024.
     *
     * @return the most keys per list, a power of two
     */
    public int keysPerList() {
        return this == H2 ? 128 : 1024;
    }

    /**
     * Whether foreign keys can be declared {@code ON DELETE SET DEFAULT}: MariaDB's InnoDB parses
     * the clause and rejects the table, so there the delete writes the defaults itself.
     *
     * @return whether the database sets the defaults of a deleted row's links
     */
    public boolean hasOnDeleteSetDefault() {
        return this != MARIADB;
    }

    /**
     * Whether many rows are always inserted as one multi-row {@code INSERT ... VALUES (...), (...)}
     * statement that returns their generated keys: true on H2 and PostgreSQL. On MariaDB it depends
     * on the server, which the runtime asks once per data source: multi-row statements, each kept to
     * half the server's {@code max_allowed_packet} (a larger statement makes the server close the
     * connection), and their generated keys read only under an {@code innodb_autoinc_lock_mode} that
     * gives the rows of one statement consecutive keys; JDBC batches otherwise, and on MySQL, which
     * has no {@code INSERT ... RETURNING}.
     *
     * @return whether many rows go in one statement on every server of the dialect
     */
    public boolean insertsManyRowsPerStatement() {
        return this != MARIADB;
    }

    /**
     * Whether a multi-row {@code INSERT ... VALUES (...), (...)} hands back its generated keys in the
     * order of its rows: true on H2, which runs in one process, inserts the rows of a {@code VALUES}
     * list one after another and adds each row's key to the generated keys as it inserts the row.
     * PostgreSQL promises no order for {@code RETURNING} (distributed engines such as Citus return
     * the rows of a statement shard by shard), so there the keys are drawn from the column's
     * sequence first and inserted as given. MariaDB does not document the order of {@code RETURNING}
     * either: there the keys of a multi-row insert are matched to its rows only when the server gives
     * them consecutive keys in the rows' order, and checked to be so; else, as on MySQL, rows go one
     * per statement of a JDBC batch, whose keys come back statement by statement.
     *
     * @return whether the keys of a multi-row insert can be matched to its rows by position
     */
    public boolean returnsKeysInRowOrder() {
        return this != POSTGRESQL;
    }

    /**
     * How deep the database follows cascading foreign keys within one statement: InnoDB (MariaDB,
     * MySQL) stops after 15 levels and refuses the delete; H2 and PostgreSQL follow any depth.
     * Deeper cascades are deleted by the DAO itself, the deepest rows first.
     *
     * @return the most nested cascades one statement runs, or {@link Integer#MAX_VALUE}
     */
    public int maxCascadeDepth() {
        return this == MARIADB ? 15 : Integer.MAX_VALUE;
    }

    /** {@return whether a {@code UUID} is stored as its text, in a {@code CHAR(36)}: on MariaDB and MySQL} */
    public boolean storesUuidAsText() {
        return this == MARIADB;
    }

    /**
     * Whether an {@code Instant} is stored as a UTC {@code DATETIME(6)}, for want of a
     * {@code TIMESTAMP WITH TIME ZONE}: on MariaDB and MySQL.
     *
     * @return whether an instant is stored as UTC date and time
     */
    public boolean storesInstantAsUtcDateTime() {
        return this == MARIADB;
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
