package dev.relata.processor.sql;

import dev.relata.processor.schema.Snapshot.Column;
import dev.relata.processor.schema.Snapshot.Reference;
import dev.relata.processor.schema.Snapshot.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of one table of a schema, per dialect: its CREATE TABLE, and each constraint alone, as
 * {@code RelataSchema} and the migration scripts both need them.
 */
public final class TableSql {
    private TableSql() {}

    /** CREATE TABLE with the key, NOT NULL, defaults and a UNIQUE constraint per one-to-one column; foreign keys come later. */
    public static String createTable(Table table, SqlDialect d) {
        List<String> lines = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add(columnDefinition(column, d));
            if (column.unique()) {
                constraints.add(uniqueConstraint(table.name(), column, d));
            }
        }
        lines.addAll(constraints);
        return "CREATE TABLE " + d.quote(table.name()) + " (" + String.join(", ", lines) + ")" + d.tableOptions();
    }

    /** The column as CREATE TABLE and ADD COLUMN declare it: name, type, default, NOT NULL, key. */
    public static String columnDefinition(Column column, SqlDialect d) {
        StringBuilder line = new StringBuilder(d.quote(column.name())).append(' ').append(type(column, d));
        if (column.primaryKey()) {
            line.append(" NOT NULL").append(column.identity() ? " " + d.identity() : "").append(" PRIMARY KEY");
            return line.toString();
        }
        if (column.defaultValue() != null) {
            line.append(" DEFAULT ").append(literal(column, d));
        }
        if (!column.nullable()) {
            line.append(" NOT NULL");
        }
        return line.toString();
    }

    public static String type(Column column, SqlDialect d) {
        return d.type(column.type(), column.length());
    }

    /**
     * The column's default in SQL; {@code @Default("null")} on a nullable link is SQL NULL (Django's
     * {@code SET_DEFAULT} with {@code default=None}).
     */
    public static String literal(Column column, SqlDialect d) {
        if (column.references() != null && column.nullable() && "null".equals(column.defaultValue())) {
            return "NULL";
        }
        return d.literal(column.type(), column.defaultValue());
    }

    private static String uniqueConstraint(String table, Column column, SqlDialect d) {
        return "CONSTRAINT " + d.quote(ConstraintNames.unique(table, column.name())) + " UNIQUE (" + d.quote(column.name()) + ")";
    }

    public static String addUnique(String table, Column column, SqlDialect d) {
        return "ALTER TABLE " + d.quote(table) + " ADD " + uniqueConstraint(table, column, d);
    }

    public static String dropUnique(String table, Column column, SqlDialect d) {
        return "ALTER TABLE " + d.quote(table) + (d == SqlDialect.MARIADB ? " DROP INDEX " : " DROP CONSTRAINT ")
                + d.quote(ConstraintNames.unique(table, column.name()));
    }

    /** The index of a foreign key column that no key or UNIQUE constraint indexes (a {@code @ForeignKey}). */
    public static String createIndex(String table, Column column, SqlDialect d) {
        return "CREATE INDEX " + d.quote(ConstraintNames.index(table, column.name())) + " ON " + d.quote(table) + " ("
                + d.quote(column.name()) + ")";
    }

    public static String dropIndex(String table, Column column, SqlDialect d) {
        String index = d.quote(ConstraintNames.index(table, column.name()));
        return d == SqlDialect.MARIADB ? "ALTER TABLE " + d.quote(table) + " DROP INDEX " + index : "DROP INDEX " + index;
    }

    /** The column's foreign key, with the ON DELETE action its rule needs in the dialect. */
    public static String addForeignKey(String table, Column column, SqlDialect d) {
        Reference reference = column.references();
        String action = switch (reference.onDelete()) {
            case CASCADE -> " ON DELETE CASCADE";
            case PROTECT, RESTRICT -> " ON DELETE RESTRICT";
            case SET_NULL -> " ON DELETE SET NULL";
            // InnoDB has no SET DEFAULT: the generated DAO writes the default before it deletes.
            case SET_DEFAULT -> d.hasOnDeleteSetDefault() ? " ON DELETE SET DEFAULT" : "";
            case DO_NOTHING -> "";
        };
        return "ALTER TABLE " + d.quote(table) + " ADD CONSTRAINT " + d.quote(ConstraintNames.foreignKey(table, column.name()))
                + " FOREIGN KEY (" + d.quote(column.name()) + ") REFERENCES " + d.quote(reference.table()) + " ("
                + d.quote(reference.column()) + ")" + action;
    }

    public static String dropForeignKey(String table, Column column, SqlDialect d) {
        return "ALTER TABLE " + d.quote(table) + (d == SqlDialect.MARIADB ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ")
                + d.quote(ConstraintNames.foreignKey(table, column.name()));
    }
}
