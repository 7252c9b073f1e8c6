package dev.relata.processor.validation;

import dev.relata.processor.diagnostics.Message;
import dev.relata.processor.diagnostics.Reporter;
import dev.relata.processor.model.SqlType;
import dev.relata.processor.schema.SchemaDiff;
import dev.relata.processor.schema.SchemaDiff.AddColumn;
import dev.relata.processor.schema.SchemaDiff.AlterColumn;
import dev.relata.processor.schema.SchemaDiff.Change;
import dev.relata.processor.schema.SchemaDiff.DropColumn;
import dev.relata.processor.schema.SchemaDiff.DropTable;
import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.schema.Snapshot.Column;
import dev.relata.processor.schema.Snapshot.Table;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The checks of a migration, on the component that causes each problem: what rows of the earlier
 * version cannot follow is an error, what loses data or fails on some data is a warning.
 */
public final class MigrationChecks {

    /** Where a table's columns come from in the sources, for the diagnostics. */
    public interface Sources {
        /** The simple name of the model of the table. */
        String modelName(String table);

        /** The component of the column, or empty when it has none (the key column of a child). */
        Optional<String> componentName(String table, String column);

        /** The element to report on: the component, else the model. */
        Element element(String table, String column);

        /**
         * A model of this compilation to report about the record {@code qualifiedName} (which may be
         * gone) on: one in its package, else the first of the compilation; null when there is none.
         */
        Element modelInPackageOf(String qualifiedName);
    }

    private final Reporter reporter;
    private final Sources sources;

    public MigrationChecks(Reporter reporter, Sources sources) {
        this.reporter = reporter;
        this.sources = sources;
    }

    /** Reports every problem of the diff, which makes {@code version} of the schema. */
    public void check(SchemaDiff diff, int version) {
        int previous = diff.before().version();
        for (Change change : diff.changes()) {
            if (change instanceof AddColumn add) {
                Column column = add.added();
                if (column.primaryKey()) {
                    Column oldKey = diff.before().tables().get(add.table()).columns().stream().filter(Column::primaryKey)
                            .findFirst().orElse(column);
                    report(Message.MIGRATION_KEY_CHANGED, add.table(), column.name(), add.table(), String.valueOf(previous),
                            oldKey.name());
                } else if (column.references() != null && column.unique() && !column.nullable()) {
                    report(Message.MIGRATION_NEW_LINK_NOT_NULL, add.table(), column.name(), add.table(), column.name(),
                            String.valueOf(previous));
                } else if (!column.nullable() && column.defaultValue() == null) {
                    report(Message.MIGRATION_NOT_NULL, add.table(), column.name(), "adds the column", add.table(),
                            column.name(), String.valueOf(version));
                } else if (column.unique() && !column.nullable()) {
                    report(Message.MIGRATION_NEW_UNIQUE_NOT_NULL, add.table(), column.name(), add.table(), column.name(),
                            String.valueOf(previous), column.defaultValue());
                } else if (column.references() != null && column.defaultValue() != null) {
                    // Every row already there gets the default, which must be a key of the target.
                    reportForeignKey(add.table(), column, version);
                }
            } else if (change instanceof AlterColumn alter) {
                check(alter, version, previous);
            } else if (change instanceof DropColumn drop) {
                if (drop.dropped().primaryKey()) {
                    continue; // reported with the key that replaces it
                }
                reporter.report(Message.DROPPED_COLUMN, sources.element(drop.table(), null), String.valueOf(version),
                        drop.table(), drop.dropped().name(), sources.modelName(drop.table()));
            } else if (change instanceof DropTable drop) {
                Optional<String[]> link = linkTo(diff.after(), drop.table());
                if (link.isPresent()) {
                    // A model that links to the table is compiled, the table's own model is not: a
                    // compilation of part of the models, whose script would drop a table still in use.
                    String[] from = link.get();
                    report(Message.MIGRATION_DROPS_LINKED_TABLE, from[0], from[1], drop.table(), drop.dropped().model(),
                            String.valueOf(version));
                    continue;
                }
                Element near = sources.modelInPackageOf(drop.dropped().model());
                if (near == null) {
                    reporter.reportWithoutElement(Message.DROPPED_TABLE, String.valueOf(version), drop.table(),
                            drop.dropped().model());
                } else {
                    reporter.report(Message.DROPPED_TABLE, near, String.valueOf(version), drop.table(),
                            drop.dropped().model());
                }
            }
        }
    }

    /** A column of the schema that references {@code table}, as {table, column}; empty when none does. */
    private static Optional<String[]> linkTo(Snapshot schema, String table) {
        for (Table source : schema.tables().values()) {
            for (Column column : source.columns()) {
                if (column.references() != null && column.references().table().equals(table)) {
                    return Optional.of(new String[] {source.name(), column.name()});
                }
            }
        }
        return Optional.empty();
    }

    private void check(AlterColumn alter, int version, int previous) {
        Column before = alter.before();
        Column after = alter.after();
        if (alter.keyChanged()) {
            report(Message.MIGRATION_KEY_CHANGED, alter.table(), after.name(), alter.table(), String.valueOf(previous),
                    before.name());
            return;
        }
        if (alter.nullabilityChanged() && !after.nullable() && after.defaultValue() == null) {
            report(Message.MIGRATION_NOT_NULL, alter.table(), after.name(), "makes the column", alter.table(), after.name(),
                    String.valueOf(version));
        }
        if (alter.nullabilityChanged() && !after.nullable() && after.defaultValue() != null && after.unique()) {
            // The NULLs all get the one default, which UNIQUE accepts once.
            report(Message.MIGRATION_UNIQUE_FILL, alter.table(), after.name(), alter.table(), after.name(),
                    String.valueOf(version), after.defaultValue());
        }
        if (!before.unique() && after.unique()) {
            report(Message.MIGRATION_UNIQUE, alter.table(), after.name(), alter.table(), after.name(),
                    String.valueOf(version));
        }
        if (after.references() != null && (before.references() == null
                || !before.references().table().equals(after.references().table())
                || !before.references().column().equals(after.references().column()))) {
            reportForeignKey(alter.table(), after, version);
        }
        boolean narrower = before.type() == after.type() ? after.length() < before.length()
                : !widens(before.type(), after.type());
        if (narrower) {
            report(Message.MIGRATION_TYPE_CHANGE, alter.table(), after.name(), alter.table(), after.name(),
                    before.typeText(), after.typeText(), String.valueOf(version));
        }
    }

    /**
     * Whether every value of type {@code from} is one of {@code to} on every database: a wider integer,
     * or a {@code double} for a {@code float}. Such a change cannot make the migration fail.
     */
    private static boolean widens(SqlType from, SqlType to) {
        return switch (from) {
            case BYTE -> to == SqlType.SHORT || to == SqlType.INT || to == SqlType.LONG;
            case SHORT -> to == SqlType.INT || to == SqlType.LONG;
            case INT -> to == SqlType.LONG;
            case FLOAT -> to == SqlType.DOUBLE;
            default -> false;
        };
    }

    /**
     * Reports every {@code @Column(renamedFrom = ...)} that names no column of the table's earlier
     * version; {@code renames} maps each table's new column names to the old ones.
     */
    public void checkRenames(Snapshot before, java.util.Map<String, java.util.Map<String, String>> renames) {
        for (var table : renames.entrySet()) {
            Table old = before.tables().get(table.getKey());
            if (old == null) {
                continue;
            }
            for (var rename : table.getValue().entrySet()) {
                if (old.column(rename.getKey()).isEmpty() && old.column(rename.getValue()).isEmpty()) {
                    reporter.report(Message.RENAMED_FROM_UNKNOWN, sources.element(table.getKey(), rename.getKey()),
                            rename.getValue(), sources.modelName(table.getKey()),
                            sources.componentName(table.getKey(), rename.getKey()).orElse(rename.getKey()), table.getKey(),
                            String.valueOf(before.version()),
                            String.join(", ", old.columns().stream().map(Column::name).toList()));
                }
            }
        }
    }

    /** A column of a table with rows that becomes a foreign key, or references another table than before. */
    private void reportForeignKey(String table, Column column, int version) {
        report(Message.MIGRATION_FOREIGN_KEY, table, column.name(), table, column.name(), column.references().table(),
                column.references().column(), String.valueOf(version));
    }

    /** Reports on the column's component, with the model's and the component's names as the first two arguments. */
    private void report(Message message, String table, String column, Object... rest) {
        Object[] args = new Object[rest.length + 2];
        args[0] = sources.modelName(table);
        args[1] = sources.componentName(table, column).orElse(column);
        System.arraycopy(rest, 0, args, 2, rest.length);
        reporter.report(message, sources.element(table, column), args);
    }
}
