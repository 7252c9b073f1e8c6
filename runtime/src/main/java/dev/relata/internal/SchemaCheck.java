package dev.relata.internal;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.RelataException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a generated {@code RelataSchema.validate} compares the live database with: the tables of a
 * package's models, their columns, keys, UNIQUE constraints and foreign keys, read from the
 * database's JDBC metadata. Names are compared ignoring case, as the dialects fold them differently.
 *
 * <pre>{@code
 * SchemaCheck.of("com.example.blog")
 *         .table("profile", "id")
 *         .column("profile", "user_id", false, 0, SchemaCheck.Kind.WHOLE_NUMBER)
 *         .unique("profile", "user_id")
 *         .foreignKey("profile", "user_id", "user", "id", OnDelete.CASCADE)
 *         .validate(db);
 * }</pre>
 */
public final class SchemaCheck {
    /**
     * What a column must hold for its component's Java type, as a kind of JDBC type rather than one
     * type: each database names its types its own way (a {@code boolean} is MariaDB's
     * {@code TINYINT(1)}), and a wider type of the same kind holds the values unchanged. A column of
     * another kind would change them (a decimal in an integer column is rounded) or refuse them.
     */
    public enum Kind {
        /** {@code byte}, {@code short}, {@code int}, {@code long} and their boxes. */
        WHOLE_NUMBER("a whole number type", Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT),
        /** {@code BigDecimal}. */
        DECIMAL("an exact decimal type", Types.DECIMAL, Types.NUMERIC),
        /** {@code float}, {@code double} and their boxes. */
        FLOATING_POINT("a floating-point type", Types.REAL, Types.FLOAT, Types.DOUBLE),
        /** {@code boolean} and {@code Boolean}. */
        BOOLEAN("a boolean type", Types.BOOLEAN, Types.BIT, Types.TINYINT),
        /** {@code String}, {@code char} and enums. */
        TEXT("a text type", Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
                Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB),
        /** {@code UUID}: a UUID type, or its text on MariaDB. */
        UUID("a UUID type", Types.OTHER, Types.BINARY, Types.CHAR, Types.VARCHAR, Types.JAVA_OBJECT),
        /** {@code LocalDate}. */
        DATE("a date type", Types.DATE),
        /** {@code LocalDateTime} and {@code Instant}. */
        TIMESTAMP("a timestamp type", Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE),
        /** {@code byte[]}. */
        BINARY("a binary type", Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

        private final String description;
        private final int[] jdbcTypes;

        Kind(String description, int... jdbcTypes) {
            this.description = description;
            this.jdbcTypes = jdbcTypes;
        }

        boolean accepts(int jdbcType) {
            for (int type : jdbcTypes) {
                if (type == jdbcType) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Column(String name, boolean nullable, int length, Kind kind) {}

    /** A column as the database's metadata describes it. */
    private record Actual(String name, boolean nullable, int length, int jdbcType, String typeName) {}

    private record ForeignKey(String column, String target, String targetColumn, OnDelete onDelete) {}

    private static final class Table {
        final String name;
        final String primaryKey;
        final List<Column> columns = new ArrayList<>();
        final List<String> unique = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        Table(String name, String primaryKey) {
            this.name = name;
            this.primaryKey = primaryKey;
        }
    }

    private static final String CASCADE = "CASCADE";
    private static final String SET_NULL = "SET NULL";
    private static final String SET_DEFAULT = "SET DEFAULT";
    /** RESTRICT and NO ACTION: both refuse the delete. */
    private static final String REFUSE = "RESTRICT (or NO ACTION)";

    private final String packageName;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    private SchemaCheck(String packageName) {
        this.packageName = packageName;
    }

    /** A check of the models of the package. */
    public static SchemaCheck of(String packageName) {
        return new SchemaCheck(packageName);
    }

    /** Expects the table, with its primary key column. */
    public SchemaCheck table(String name, String primaryKey) {
        tables.put(name, new Table(name, primaryKey));
        return this;
    }

    /**
     * Expects the column, of a type of the kind; {@code length} is a string column's maximum length, 0
     * for other types.
     */
    public SchemaCheck column(String table, String name, boolean nullable, int length, Kind kind) {
        tables.get(table).columns.add(new Column(name, nullable, length, kind));
        return this;
    }

    /** Expects a UNIQUE constraint on the column alone. */
    public SchemaCheck unique(String table, String column) {
        tables.get(table).unique.add(column);
        return this;
    }

    /** Expects a foreign key from the column to the target's column that does what {@code onDelete} needs. */
    public SchemaCheck foreignKey(String table, String column, String target, String targetColumn, OnDelete onDelete) {
        tables.get(table).foreignKeys.add(new ForeignKey(column, target, targetColumn, onDelete));
        return this;
    }

    /**
     * Compares the database with the expected tables.
     *
     * @throws RelataException naming every missing or different table, column, key and foreign key
     */
    public void validate(Database db) {
        List<String> problems = db.withConnection(connection -> problems(connection, db.dialect()));
        if (!problems.isEmpty()) {
            throw new RelataException("The database does not match the models of " + (packageName.isEmpty() ? "the unnamed package"
                    : packageName) + ":\n  - " + String.join("\n  - ", problems) + "\nMigrate it (with the scripts the"
                    + " processor writes into relata.schemaDir, for example by Flyway) before the application uses it.");
        }
    }

    private List<String> problems(Connection connection, Dialect dialect) throws SQLException {
        boolean hasSetDefault = dialect.hasOnDeleteSetDefault();
        DatabaseMetaData metaData = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = schema(connection);
        Map<String, String> existing = new HashMap<>();
        try (ResultSet rows = metaData.getTables(catalog, schema, "%", null)) {
            while (rows.next()) {
                existing.putIfAbsent(fold(rows.getString("TABLE_NAME")), rows.getString("TABLE_NAME"));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Table table : tables.values()) {
            String actual = existing.get(fold(table.name));
            if (actual == null) {
                problems.add("table `" + table.name + "` is missing");
                continue;
            }
            checkColumns(metaData, catalog, schema, actual, table, problems, dialect);
            checkPrimaryKey(metaData, catalog, schema, actual, table, problems);
            checkUnique(metaData, catalog, schema, actual, table, problems);
            checkForeignKeys(metaData, catalog, schema, actual, table, problems, hasSetDefault);
        }
        return problems;
    }

    /**
     * The longest {@code VARCHAR} the processor declares for the dialect; a longer text column is the
     * dialect's text type ({@code TEXT}, {@code MEDIUMTEXT}, {@code CHARACTER LARGE OBJECT}).
     */
    private static int longestVarchar(Dialect dialect) {
        return switch (dialect) {
            case H2 -> 1_000_000_000;
            case POSTGRESQL -> 10_485_760;
            case MARIADB -> 16_383;
        };
    }

    private static void checkColumns(DatabaseMetaData metaData, String catalog, String schema, String actual, Table table,
            List<String> problems, Dialect dialect) throws SQLException {
        Map<String, Actual> columns = new HashMap<>();
        try (ResultSet rows = metaData.getColumns(catalog, schema, actual, "%")) {
            while (rows.next()) {
                // The table's name is a pattern there, whose `_` matches any character: `all_types` also
                // names the columns of `allxtypes`.
                if (!actual.equals(rows.getString("TABLE_NAME"))) {
                    continue;
                }
                columns.put(fold(rows.getString("COLUMN_NAME")), new Actual(rows.getString("COLUMN_NAME"),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rows.getInt("COLUMN_SIZE"),
                        rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME")));
            }
        }
        for (Column expected : table.columns) {
            Actual column = columns.get(fold(expected.name()));
            String name = "column `" + table.name + "." + expected.name() + "`";
            if (column == null) {
                problems.add(name + " is missing");
                continue;
            }
            if (column.nullable() != expected.nullable()) {
                problems.add(name + (expected.nullable() ? " is NOT NULL, but the model allows null"
                        : " accepts NULL, but the model says NOT NULL"));
            }
            if (!expected.kind().accepts(column.jdbcType())) {
                problems.add(name + " is " + column.typeName() + ", but the model needs " + expected.kind().description
                        + " there");
                continue;
            }
            if (dialect == Dialect.MARIADB && expected.kind() == Kind.FLOATING_POINT
                    && "FLOAT".equalsIgnoreCase(column.typeName())) {
                // What the processor declared before it declared DOUBLE: no schema change moves it.
                problems.add(name + " is FLOAT, which MariaDB sends with 6 significant digits, so that values read back"
                        + " changed: make it DOUBLE (ALTER TABLE `" + table.name + "` MODIFY `" + expected.name()
                        + "` DOUBLE" + (expected.nullable() ? "" : " NOT NULL") + ")");
                continue;
            }
            if (expected.length() > longestVarchar(dialect)) {
                // A text type beyond the longest VARCHAR: its own size, whatever it is, holds the length.
                if (column.length() > 0 && column.length() < expected.length()) {
                    problems.add(name + " holds " + column.length() + " characters, but the model says " + expected.length());
                }
            } else if (expected.length() > 0 && column.length() != expected.length()) {
                problems.add(name + " holds " + column.length() + " characters, but the model says " + expected.length());
            }
        }
    }

    private static void checkPrimaryKey(DatabaseMetaData metaData, String catalog, String schema, String actual, Table table,
            List<String> problems) throws SQLException {
        List<String> key = new ArrayList<>();
        try (ResultSet rows = metaData.getPrimaryKeys(catalog, schema, actual)) {
            while (rows.next()) {
                key.add(fold(rows.getString("COLUMN_NAME")));
            }
        }
        if (!key.equals(List.of(fold(table.primaryKey)))) {
            problems.add("the primary key of `" + table.name + "` is " + (key.isEmpty() ? "missing" : key)
                    + ", but the model's is `" + table.primaryKey + "`");
        }
    }

    private static void checkUnique(DatabaseMetaData metaData, String catalog, String schema, String actual, Table table,
            List<String> problems) throws SQLException {
        if (table.unique.isEmpty()) {
            return;
        }
        Map<String, List<String>> indexes = new HashMap<>();
        try (ResultSet rows = metaData.getIndexInfo(catalog, schema, actual, true, false)) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                if (column != null && !rows.getBoolean("NON_UNIQUE")) {
                    indexes.computeIfAbsent(rows.getString("INDEX_NAME"), i -> new ArrayList<>()).add(fold(column));
                }
            }
        }
        for (String column : table.unique) {
            if (!indexes.containsValue(List.of(fold(column)))) {
                problems.add("column `" + table.name + "." + column + "` has no UNIQUE constraint of its own");
            }
        }
    }

    private static void checkForeignKeys(DatabaseMetaData metaData, String catalog, String schema, String actual, Table table,
            List<String> problems, boolean hasSetDefault) throws SQLException {
        Map<String, ForeignKey> keys = new HashMap<>();
        Map<String, Integer> rules = new HashMap<>();
        try (ResultSet rows = metaData.getImportedKeys(catalog, schema, actual)) {
            while (rows.next()) {
                String column = fold(rows.getString("FKCOLUMN_NAME"));
                keys.put(column, new ForeignKey(column, fold(rows.getString("PKTABLE_NAME")),
                        fold(rows.getString("PKCOLUMN_NAME")), null));
                rules.put(column, (int) rows.getShort("DELETE_RULE"));
            }
        }
        for (ForeignKey expected : table.foreignKeys) {
            String name = "the foreign key of `" + table.name + "." + expected.column() + "`";
            ForeignKey key = keys.get(fold(expected.column()));
            if (key == null) {
                problems.add(name + " is missing");
                continue;
            }
            if (!key.target().equals(fold(expected.target())) || !key.targetColumn().equals(fold(expected.targetColumn()))) {
                problems.add(name + " references `" + key.target() + "." + key.targetColumn() + "`, but the model links to `"
                        + expected.target() + "." + expected.targetColumn() + "`");
            }
            String wanted = action(expected.onDelete(), hasSetDefault);
            String found = action(rules.get(key.column()));
            if (!wanted.equals(found)) {
                problems.add(name + " is ON DELETE " + found + ", but onDelete = " + expected.onDelete() + " needs ON DELETE "
                        + wanted);
            }
        }
    }

    /** What the foreign key of a rule does: RESTRICT and NO ACTION both refuse the delete. */
    private static String action(OnDelete onDelete, boolean hasSetDefault) {
        return switch (onDelete) {
            case CASCADE -> CASCADE;
            case SET_NULL -> SET_NULL;
            case SET_DEFAULT -> hasSetDefault ? SET_DEFAULT : REFUSE;
            case PROTECT, RESTRICT, DO_NOTHING -> REFUSE;
        };
    }

    private static String action(Integer rule) {
        if (rule == null) {
            return REFUSE;
        }
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> CASCADE;
            case DatabaseMetaData.importedKeySetNull -> SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> SET_DEFAULT;
            default -> REFUSE;
        };
    }

    private static String schema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static String fold(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
