package dev.relata.processor.schema;

import dev.relata.processor.schema.Snapshot.Column;
import dev.relata.processor.schema.Snapshot.Reference;
import dev.relata.processor.schema.Snapshot.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What turns one version's schema into the next: the tables and columns added, dropped, renamed
 * and changed, in table order, then column order.
 *
 * @param before  the earlier version's schema
 * @param after   the later version's schema
 * @param changes every change
 */
public record SchemaDiff(Snapshot before, Snapshot after, List<Change> changes) {

    /** One change; its {@code summary} is a few words for the script's file name. */
    public sealed interface Change {
        String table();

        String summary();

        /** The change in a few words for a message: {@code new column `profile.bio`}. */
        String description();
    }

    public record CreateTable(Table created) implements Change {
        @Override
        public String table() {
            return created.name();
        }

        @Override
        public String summary() {
            return "create_" + created.name();
        }

        @Override
        public String description() {
            return "new table `" + created.name() + "`";
        }
    }

    public record DropTable(Table dropped) implements Change {
        @Override
        public String table() {
            return dropped.name();
        }

        @Override
        public String summary() {
            return "delete_" + dropped.name();
        }

        @Override
        public String description() {
            return "table `" + dropped.name() + "` dropped";
        }
    }

    public record AddColumn(String table, Column added) implements Change {
        @Override
        public String summary() {
            return "add_" + table + "_" + added.name();
        }

        @Override
        public String description() {
            return "new column `" + table + "." + added.name() + "`";
        }
    }

    public record DropColumn(String table, Column dropped) implements Change {
        @Override
        public String summary() {
            return "remove_" + table + "_" + dropped.name();
        }

        @Override
        public String description() {
            return "column `" + table + "." + dropped.name() + "` dropped";
        }
    }

    /**
     * A column whose definition changed, and possibly its name ({@code before.name()} differs from
     * {@code after.name()} for a column renamed with {@code @Column(renamedFrom = ...)}). A foreign key
     * of {@code before} names a referenced column that this version renames by its new name.
     */
    public record AlterColumn(String table, Column before, Column after) implements Change {
        @Override
        public String summary() {
            return (renamed() ? "rename_" : "alter_") + table + "_" + after.name();
        }

        @Override
        public String description() {
            return renamed() ? "column `" + table + "." + before.name() + "` renamed to `" + after.name() + "`"
                    : "column `" + table + "." + after.name() + "` changed";
        }

        public boolean renamed() {
            return !before.name().equals(after.name());
        }

        public boolean typeChanged() {
            return before.type() != after.type() || before.length() != after.length();
        }

        public boolean nullabilityChanged() {
            return before.nullable() != after.nullable();
        }

        public boolean defaultChanged() {
            return !Objects.equals(before.defaultValue(), after.defaultValue());
        }

        public boolean uniqueChanged() {
            return before.unique() != after.unique() || renamed() && before.unique();
        }

        /** Whether the foreign key's own index (see {@link Snapshot.Column#indexed()}) comes, goes or is renamed. */
        public boolean indexChanged() {
            return before.indexed() != after.indexed() || renamed() && before.indexed();
        }

        public boolean referenceChanged() {
            return !Objects.equals(before.references(), after.references()) || renamed() && before.references() != null;
        }

        public boolean keyChanged() {
            return !before.sameKey(after);
        }
    }

    /**
     * The changes from {@code before} to {@code after}. {@code renames} maps a table's column in
     * {@code after} to its name in {@code before}, by table; a column named there that
     * {@code before} does not have is not a rename, nor is one that {@code after} has already while
     * {@code before} has the new name too (a {@code renamedFrom} left from an earlier version). A
     * column of {@code after} named like a column renamed away is a new one, unless it is renamed itself
     * ({@code b} renamed from {@code a} while {@code b} becomes {@code c}). A renamed column keeps the
     * links to it: a foreign key that referenced it under its old name is no change.
     */
    public static SchemaDiff between(Snapshot before, Snapshot after, Map<String, Map<String, String>> renames) {
        Map<String, Map<String, String>> renamed = renamesIn(before, after, renames);
        List<Change> changes = new ArrayList<>();
        for (Table table : after.tables().values()) {
            Table old = before.tables().get(table.name());
            if (old == null) {
                changes.add(new CreateTable(table));
                continue;
            }
            Map<String, String> renamedHere = renamed.getOrDefault(table.name(), Map.of());
            Set<String> renamedAway = Set.copyOf(renamedHere.values());
            List<String> matched = new ArrayList<>();
            for (Column column : table.columns()) {
                // The rename first: a column renamed into the name of one dropped in the same version takes
                // the renamed column's values, not the dropped one's; a column named like one renamed away
                // is new.
                String was = renamedHere.get(column.name());
                Optional<Column> previous = was != null ? old.column(was)
                        : renamedAway.contains(column.name()) ? Optional.empty() : old.column(column.name());
                if (previous.isEmpty()) {
                    changes.add(new AddColumn(table.name(), column));
                } else {
                    matched.add(previous.get().name());
                    Column earlier = referencingRenamed(previous.get(), renamed);
                    if (!earlier.equals(column)) {
                        changes.add(new AlterColumn(table.name(), earlier, column));
                    }
                }
            }
            for (Column column : old.columns()) {
                if (!matched.contains(column.name())) {
                    changes.add(new DropColumn(table.name(), column));
                }
            }
        }
        for (Table table : before.tables().values()) {
            if (!after.tables().containsKey(table.name())) {
                changes.add(new DropTable(table));
            }
        }
        return new SchemaDiff(before, after, List.copyOf(changes));
    }

    /**
     * The renames that take place: those whose old column {@code before} has, and {@code after} has
     * not or {@code before} has not the new one, or that close a cycle of renames (columns that swap
     * their names, each saying so), in a table both have; by table, each new name to the old one.
     */
    private static Map<String, Map<String, String>> renamesIn(Snapshot before, Snapshot after,
            Map<String, Map<String, String>> renames) {
        Map<String, Map<String, String>> taking = new HashMap<>();
        renames.forEach((tableName, columns) -> {
            Table old = before.tables().get(tableName);
            Table table = after.tables().get(tableName);
            if (old == null || table == null) {
                return;
            }
            columns.forEach((newName, oldName) -> {
                if (old.column(oldName).isPresent() && (table.column(oldName).isEmpty() || old.column(newName).isEmpty()
                        || inCycle(columns, newName))) {
                    taking.computeIfAbsent(tableName, t -> new HashMap<>()).put(newName, oldName);
                }
            });
        });
        return taking;
    }

    /**
     * Whether following the renames from {@code newName} (its old name, that name's old name, ...)
     * comes back to it: {@code a} renamed from {@code b} while {@code b} is renamed from {@code a}. A
     * {@code renamedFrom} left from an earlier version makes no such cycle.
     */
    private static boolean inCycle(Map<String, String> renames, String newName) {
        String at = renames.get(newName);
        for (int steps = 0; at != null && steps < renames.size(); steps++) {
            if (at.equals(newName)) {
                return true;
            }
            at = renames.get(at);
        }
        return false;
    }

    /**
     * {@code column} of the earlier version, its foreign key naming the referenced column by its new
     * name when that column is renamed (the database's foreign key follows a rename by itself).
     */
    private static Column referencingRenamed(Column column, Map<String, Map<String, String>> renamed) {
        Reference reference = column.references();
        if (reference == null) {
            return column;
        }
        for (Map.Entry<String, String> rename : renamed.getOrDefault(reference.table(), Map.of()).entrySet()) {
            if (rename.getValue().equals(reference.column())) {
                return new Column(column.name(), column.type(), column.length(), column.primaryKey(), column.identity(),
                        column.nullable(), column.unique(), new Reference(reference.table(), rename.getKey(),
                                reference.onDelete()), column.defaultValue());
            }
        }
        return column;
    }

    /** Every change in a few words, for a message. */
    public String description() {
        return String.join(", ", changes.stream().map(Change::description).toList());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * A few words on what the version does, for the script's name, as Django names migrations:
     * {@code add_profile_bio}, {@code create_comment_alter_page_profile_id}, and
     * {@code ..._and_more} past three changes.
     */
    public String summary() {
        if (changes.isEmpty()) {
            return "no_change";
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Change change : changes) {
            String words = change.summary().toLowerCase(java.util.Locale.ROOT);
            if (shown > 0 && (shown == 3 || out.length() + words.length() > 80)) {
                return out.append("_and_more").toString();
            }
            out.append(shown == 0 ? "" : "_").append(words);
            shown++;
        }
        return out.toString();
    }
}
