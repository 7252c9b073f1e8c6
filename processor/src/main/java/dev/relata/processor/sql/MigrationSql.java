package dev.relata.processor.sql;

import dev.relata.processor.model.SqlType;
import dev.relata.processor.schema.SchemaDiff;
import dev.relata.processor.schema.SchemaDiff.AddColumn;
import dev.relata.processor.schema.SchemaDiff.AlterColumn;
import dev.relata.processor.schema.SchemaDiff.Change;
import dev.relata.processor.schema.SchemaDiff.CreateTable;
import dev.relata.processor.schema.SchemaDiff.DropColumn;
import dev.relata.processor.schema.SchemaDiff.DropTable;
import dev.relata.processor.schema.Snapshot;
import dev.relata.processor.schema.Snapshot.Column;
import dev.relata.processor.schema.Snapshot.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statements of a migration script, per dialect. A version's changes run in an order that
 * never trips over a constraint: foreign keys and UNIQUE constraints that go or change are dropped
 * first, then tables and columns are dropped, renamed, created, added and altered, and the new
 * constraints come last, when every table and column they name exists.
 */
public final class MigrationSql {
    private static final Set<SqlType> TIMES = EnumSet.of(SqlType.DATE, SqlType.DATETIME, SqlType.INSTANT);

    private MigrationSql() {}

    /** The statements that create the schema from nothing. */
    public static List<String> create(Snapshot schema, SqlDialect d) {
        return Ddl.create(List.copyOf(schema.tables().values()), d);
    }

    /** The statements that turn {@code diff.before()} into {@code diff.after()}. */
    public static List<String> migrate(SchemaDiff diff, SqlDialect d) {
        List<String> dropConstraints = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        List<AlterColumn> renames = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        List<String> alters = new ArrayList<>();
        List<String> addConstraints = new ArrayList<>();
        for (Change change : diff.changes()) {
            if (change instanceof CreateTable create) {
                created.add(create.created());
            } else if (change instanceof DropTable drop) {
                for (Column column : drop.dropped().columns()) {
                    if (column.references() != null) {
                        dropConstraints.add(TableSql.dropForeignKey(drop.table(), column, d));
                    }
                }
                drops.add("DROP TABLE " + d.quote(drop.table()));
            } else if (change instanceof AddColumn add) {
                adds.add("ALTER TABLE " + d.quote(add.table()) + " ADD COLUMN " + TableSql.columnDefinition(add.added(), d));
                addConstraints(add.table(), add.added(), addConstraints, d);
            } else if (change instanceof DropColumn drop) {
                dropConstraints(drop.table(), drop.dropped(), dropConstraints, d);
                drops.add("ALTER TABLE " + d.quote(drop.table()) + " DROP COLUMN " + d.quote(drop.dropped().name()));
            } else if (change instanceof AlterColumn alter) {
                alter(alter, dropConstraints, renames, alters, addConstraints, d);
            }
        }
        List<String> statements = new ArrayList<>(dropConstraints);
        statements.addAll(drops);
        for (String[] rename : inOrder(renames, diff)) {
            statements.add(rename(rename[0], rename[1], rename[2], d));
        }
        List<String> creation = Ddl.create(created, d);
        // The new tables' CREATE TABLEs before any column is added; their foreign keys with the others.
        statements.addAll(creation.subList(0, created.size()));
        statements.addAll(adds);
        statements.addAll(alters);
        statements.addAll(addConstraints);
        statements.addAll(creation.subList(created.size(), creation.size()));
        return statements;
    }

    private static void dropConstraints(String table, Column column, List<String> out, SqlDialect d) {
        if (column.references() != null) {
            out.add(TableSql.dropForeignKey(table, column, d));
        }
        if (column.unique()) {
            out.add(TableSql.dropUnique(table, column, d));
        }
        if (column.indexed()) {
            out.add(TableSql.dropIndex(table, column, d));
        }
    }

    private static void addConstraints(String table, Column column, List<String> out, SqlDialect d) {
        if (column.unique()) {
            out.add(TableSql.addUnique(table, column, d));
        }
        if (column.indexed()) {
            out.add(TableSql.createIndex(table, column, d));
        }
        if (column.references() != null) {
            out.add(TableSql.addForeignKey(table, column, d));
        }
    }

    /**
     * The renames as {table, from, to}, in an order that runs: a column renamed into the old name of
     * another ({@code a} to {@code b} while {@code b} becomes {@code c}) after that one; of columns that
     * swap their names, one first to a name neither version has, and from it last.
     */
    private static List<String[]> inOrder(List<AlterColumn> renames, SchemaDiff diff) {
        List<String[]> pending = new ArrayList<>(renames.size());
        for (AlterColumn rename : renames) {
            pending.add(new String[] {rename.table(), rename.before().name(), rename.after().name()});
        }
        List<String[]> ordered = new ArrayList<>(renames.size() + 1);
        while (!pending.isEmpty()) {
            String[] next = null;
            for (String[] rename : pending) {
                if (!taken(pending, rename[0], rename[2])) {
                    next = rename;
                    break;
                }
            }
            if (next == null) {
                // Every name is still taken: a cycle. Its first column steps aside to a free name.
                String[] first = pending.get(0);
                String free = freeName(diff, first[0]);
                ordered.add(new String[] {first[0], first[1], free});
                first[1] = free;
                continue;
            }
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /** Whether a pending rename still takes its column from {@code name} in {@code table}. */
    private static boolean taken(List<String[]> pending, String table, String name) {
        for (String[] rename : pending) {
            if (rename[0].equals(table) && rename[1].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A column name that {@code table} has in neither version, for a column stepping aside. */
    private static String freeName(SchemaDiff diff, String table) {
        for (int n = 1; ; n++) {
            String name = "relata_renaming_" + n;
            if (diff.before().tables().get(table).column(name).isEmpty()
                    && diff.after().tables().get(table).column(name).isEmpty()) {
                return name;
            }
        }
    }

    private static void alter(AlterColumn alter, List<String> dropConstraints, List<AlterColumn> renames, List<String> alters,
            List<String> addConstraints, SqlDialect d) {
        String table = alter.table();
        Column before = alter.before();
        Column after = alter.after();
        // A foreign key whose rule reads the same in this dialect (PROTECT and RESTRICT) stays, unless the
        // index it stands on changes (MariaDB refuses to drop an index a foreign key needs).
        boolean indexes = alter.uniqueChanged() || alter.indexChanged();
        boolean foreignKey = alter.referenceChanged() && (before.references() == null || after.references() == null
                || alter.renamed()
                || !TableSql.addForeignKey(table, before, d).equals(TableSql.addForeignKey(table, after, d)))
                || indexes && before.references() != null && after.references() != null;
        if (foreignKey && before.references() != null) {
            dropConstraints.add(TableSql.dropForeignKey(table, before, d));
        }
        if (alter.uniqueChanged() && before.unique()) {
            dropConstraints.add(TableSql.dropUnique(table, before, d));
        }
        if (alter.indexChanged() && before.indexed()) {
            dropConstraints.add(TableSql.dropIndex(table, before, d));
        }
        if (alter.renamed()) {
            renames.add(alter);
        }
        String column = d.quote(after.name());
        String prefix = "ALTER TABLE " + d.quote(table) + " ";
        // The NULLs get the default before the column turns NOT NULL.
        String fill = alter.nullabilityChanged() && !after.nullable() && after.defaultValue() != null
                ? "UPDATE " + d.quote(table) + " SET " + column + " = " + TableSql.literal(after, d) + " WHERE " + column
                        + " IS NULL"
                : null;
        // PostgreSQL converts a column to another type only by an implicit or assignment cast, unless USING says
        // how: there is none from VARCHAR to INTEGER or UUID, nor between INTEGER and BOOLEAN. It converts the
        // default by the same casts, without USING, so such a default goes first and comes back after, and the
        // NULLs get the new default once the column has the type it is written in.
        boolean cast = d == SqlDialect.POSTGRESQL && before.type() != after.type()
                && (!assignable(before, after) || spaceKept(before, after));
        boolean defaultDropped = cast && before.defaultValue() != null;
        // The default is written in the new type (`'none'` for a column that was an INTEGER): with the type
        // changing too, the NULLs get it once the column has that type, and only then turns NOT NULL.
        boolean fillAfterType = fill != null && alter.typeChanged();
        if (fill != null && !fillAfterType) {
            alters.add(fill);
        }
        if (d == SqlDialect.MARIADB) {
            if (fillAfterType) {
                alters.add(prefix + "MODIFY COLUMN " + TableSql.columnDefinition(new Column(after.name(), after.type(),
                        after.length(), after.primaryKey(), after.identity(), true, after.unique(), after.references(),
                        after.defaultValue()), d));
                alters.add(fill);
            }
            if (alter.typeChanged() || alter.nullabilityChanged() || alter.defaultChanged()) {
                alters.add(prefix + "MODIFY COLUMN " + TableSql.columnDefinition(after, d));
            }
            if (spaceKept(before, after)) {
                alters.add("UPDATE " + d.quote(table) + " SET " + column + " = ' ' WHERE " + column + " = ''");
            }
        } else {
            if (defaultDropped) {
                alters.add(prefix + "ALTER COLUMN " + column + " DROP DEFAULT");
            }
            if (alter.typeChanged()) {
                String type = TableSql.type(after, d);
                alters.add(prefix + "ALTER COLUMN " + column + " SET DATA TYPE " + type
                        + (cast ? " USING " + conversion(before, after, column, type) : ""));
            }
            if (defaultDropped ? after.defaultValue() != null : alter.defaultChanged()) {
                alters.add(prefix + "ALTER COLUMN " + column + (after.defaultValue() == null ? " DROP DEFAULT"
                        : " SET DEFAULT " + TableSql.literal(after, d)));
            }
            if (fillAfterType) {
                alters.add(fill);
            }
            if (alter.nullabilityChanged()) {
                alters.add(prefix + "ALTER COLUMN " + column + (after.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
            }
        }
        if (alter.uniqueChanged() && after.unique()) {
            addConstraints.add(TableSql.addUnique(table, after, d));
        }
        if (alter.indexChanged() && after.indexed()) {
            addConstraints.add(TableSql.createIndex(table, after, d));
        }
        if (foreignKey && after.references() != null) {
            addConstraints.add(TableSql.addForeignKey(table, after, d));
        }
    }

    /**
     * Whether PostgreSQL converts a column of {@code from}'s type to {@code to}'s by itself: to text (an
     * assignment cast, which refuses a value too long where the explicit cast of USING would cut it), but
     * for bytes, whose text would be their hex form; and
     * between numbers, and between dates and timestamps.
     */
    private static boolean assignable(Column from, Column to) {
        return EnumSet.of(SqlType.STRING, SqlType.ENUM, SqlType.CHAR).contains(to.type()) && from.type() != SqlType.BYTES
                || from.type().isNumeric() && to.type().isNumeric()
                || TIMES.contains(from.type()) && TIMES.contains(to.type());
    }

    /**
     * How PostgreSQL converts a value of {@code from}'s type to {@code to}'s, which it does not by itself: a
     * direct cast where one exists (from text, the input of the type; between INTEGER and BOOLEAN), a number
     * as a BOOLEAN by whether it is zero (as H2 and MariaDB read it), a BOOLEAN as a number by way of INTEGER,
     * and any other value by way of its text, so that the script runs on an empty table, and a row whose text
     * the new type does not read fails it.
     */
    private static String conversion(Column from, Column to, String column, String type) {
        Set<SqlType> text = EnumSet.of(SqlType.STRING, SqlType.ENUM, SqlType.CHAR);
        if (spaceKept(from, to)) {
            return "rpad(CAST(" + column + " AS TEXT), 1)";
        }
        if (text.contains(from.type()) || from.type() == SqlType.INT && to.type() == SqlType.BOOLEAN
                || from.type() == SqlType.BOOLEAN && to.type() == SqlType.INT) {
            return "CAST(" + column + " AS " + type + ")";
        }
        if (from.type() == SqlType.BYTES && text.contains(to.type())) {
            // Their text in UTF-8, as H2 and MariaDB read them, not their hex form.
            return "convert_from(" + column + ", 'UTF8')";
        }
        if (from.type().isNumeric() && to.type() == SqlType.BOOLEAN) {
            return "(" + column + " <> 0)";
        }
        if (from.type() == SqlType.BOOLEAN && to.type().isNumeric()) {
            return "CAST(CAST(" + column + " AS INTEGER) AS " + type + ")";
        }
        return "CAST(CAST(" + column + " AS TEXT) AS " + type + ")";
    }

    /**
     * Whether a {@code char} column becomes a text column: PostgreSQL's and MariaDB's {@code CHAR(1)} give a
     * space back as empty text (which the runtime reads as the space), and converted as it is, the space
     * would be lost.
     */
    private static boolean spaceKept(Column from, Column to) {
        return from.type() == SqlType.CHAR && to.type() == SqlType.STRING;
    }

    private static String rename(String table, String from, String to, SqlDialect d) {
        return "ALTER TABLE " + d.quote(table) + (d == SqlDialect.H2 ? " ALTER COLUMN " + d.quote(from) + " RENAME TO "
                : " RENAME COLUMN " + d.quote(from) + " TO ") + d.quote(to);
    }

    /** The script's text: a header naming the versions, then each statement on its own line. */
    public static String script(int version, Integer previous, List<String> statements, SqlDialect d) {
        StringBuilder out = new StringBuilder("-- Relata schema version ").append(version).append(" for ")
                .append(d.name().toLowerCase(Locale.ROOT))
                .append(previous == null ? ": creates the schema." : ": migrates the schema of version " + previous + ".")
                .append("\n-- Written by the processor from the @Model records. Once run against a database, never edit it.\n");
        for (String statement : statements) {
            out.append(statement).append(";\n");
        }
        return out.toString();
    }
}
