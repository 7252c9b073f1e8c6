package dev.relata.internal;

import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.RestrictedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a generated DAO deletes rows of one table (the root of its model's inheritance chain), with
 * Django's {@code on_delete} semantics.
 *
 * <p>The foreign keys carry CASCADE, SET NULL and SET DEFAULT, so when nothing reachable from the
 * root by cascades is PROTECT or RESTRICT, a delete is one statement and the database does the
 * rest. Otherwise the plan first collects, a level at a time and a chunk of keys per query, the
 * rows the cascade would reach (Django's {@code Collector}, reading keys only), and where the
 * database lacks {@code ON DELETE SET DEFAULT} (MariaDB) it writes the defaults itself:
 * <ul>
 *   <li>any row that links to a collected row through PROTECT refuses the delete;</li>
 *   <li>a row that links through RESTRICT refuses it, unless the same delete cascades to that row
 *   too; then the collected rows are deleted explicitly, referencing tables first, so that
 *   databases that check RESTRICT row by row (H2, MariaDB) agree.</li>
 * </ul>
 * All of it runs in the caller's transaction, so a refused delete changes nothing.
 */
public final class DeletePlan {

    /**
     * A link from rows of {@code table} (model {@code model}, relation {@code relation}) through
     * {@code column} to the key of {@code targetTable}; for a parent link ({@code @Parent}), the
     * column is the child's key column and the rule always CASCADE.
     */
    record Link(String model, String relation, String table, String column, String targetTable, OnDelete onDelete,
            boolean parentLink) {

        /** A one-to-one link. */
        Link(String model, String relation, String table, String column, String targetTable, OnDelete onDelete) {
            this(model, relation, table, column, targetTable, onDelete, false);
        }
    }

    private final Dialect dialect;
    private final String rootTable;
    private final List<Link> links;
    private final boolean singleStatement;
    private final Map<String, String> keyColumns;
    private final Map<String, String> parentTables = new HashMap<>();
    /** The tables, referencing tables first: the order rows go in when deleted one table at a time. */
    private final List<String> deleteOrder;
    private final Map<Link, Sql> referencing = new HashMap<>();
    private final Map<Link, Sql> settingDefault = new HashMap<>();
    private final Map<String, Sql> deleting = new HashMap<>();
    private final Map<String, Sql> existing = new HashMap<>();

    private DeletePlan(Builder builder) {
        this.dialect = builder.dialect;
        this.rootTable = builder.rootTable;
        this.links = List.copyOf(builder.links);
        this.keyColumns = new LinkedHashMap<>(builder.keyColumns);
        this.deleteOrder = List.copyOf(builder.keyColumns.keySet());
        if (!keyColumns.containsKey(rootTable)) {
            throw new IllegalArgumentException("No key column for the root table " + rootTable);
        }
        for (Link link : links) {
            if (!keyColumns.containsKey(link.table()) || !keyColumns.containsKey(link.targetTable())) {
                throw new IllegalArgumentException("No key column for a table of " + link);
            }
            if (link.parentLink()) {
                parentTables.put(link.table(), link.targetTable());
            }
            referencing.put(link, Sql.of(dialect, "SELECT {" + keyColumns.get(link.table()) + "} FROM {" + link.table()
                    + "} WHERE {" + link.column() + "} IN (" + Sql.KEYS + ")"));
            if (setsDefaultHere(link)) {
                settingDefault.put(link, Sql.of(dialect, "UPDATE {" + link.table() + "} SET {" + link.column()
                        + "} = DEFAULT WHERE {" + link.column() + "} IN (" + Sql.KEYS + ")"));
            }
        }
        for (Map.Entry<String, String> table : keyColumns.entrySet()) {
            String from = "{" + table.getKey() + "} WHERE {" + table.getValue() + "} IN (" + Sql.KEYS + ")";
            deleting.put(table.getKey(), Sql.of(dialect, "DELETE FROM " + from));
            existing.put(table.getKey(), Sql.of(dialect, "SELECT {" + table.getValue() + "} FROM " + from));
        }
        this.singleStatement = links.stream().noneMatch(l -> collects(l.onDelete()) && l.onDelete() != OnDelete.CASCADE
                || setsDefaultHere(l) || deletesParents(l));
    }

    /**
     * A plan for deleting rows of {@code rootTable}, the root of a model's inheritance chain, on a
     * database of this dialect.
     */
    public static Builder builder(Dialect dialect, String rootTable) {
        return new Builder(dialect, rootTable);
    }

    /**
     * Collects the tables and links of a plan: every table that a delete of the root can reach,
     * and every link into them.
     */
    public static final class Builder {
        private final Dialect dialect;
        private final String rootTable;
        private final Map<String, String> keyColumns = new LinkedHashMap<>();
        private final List<Link> links = new ArrayList<>();

        private Builder(Dialect dialect, String rootTable) {
            this.dialect = dialect;
            this.rootTable = rootTable;
        }

        /**
         * A table the plan reaches, and the column that holds its rows' keys. Tables come
         * referencing tables first: rows that must be deleted one table at a time go in this order.
         */
        public Builder table(String table, String keyColumn) {
            keyColumns.put(table, keyColumn);
            return this;
        }

        /** A one-to-one link from rows of {@code model} in {@code table}, through {@code column}, to {@code targetTable}. */
        public Builder link(String model, String relation, String table, String column, String targetTable,
                OnDelete onDelete) {
            return add(new Link(model, relation, table, column, targetTable, onDelete));
        }

        /** The link of a child model's {@code table} to its parent's {@code targetTable}, through the child's key column. */
        public Builder parent(String model, String relation, String table, String targetTable) {
            String keyColumn = keyColumns.get(table);
            if (keyColumn == null) {
                throw new IllegalArgumentException("Name the table " + table + " before its parent link");
            }
            return add(new Link(model, relation, table, keyColumn, targetTable, OnDelete.CASCADE, true));
        }

        Builder add(Link link) {
            links.add(link);
            return this;
        }

        public DeletePlan build() {
            return new DeletePlan(this);
        }
    }

    /** Deletes the root rows with these keys; returns how many root rows were deleted. */
    public int delete(Connection connection, String rootModel, List<?> keys) throws SQLException {
        return deleteRoots(connection, rootModel, keys);
    }

    /**
     * Deletes the rows of a child model ({@code @Parent}) with these keys, in its {@code table}:
     * through its root rows, which takes every table of the chain with them. Keys with no row in
     * the child's table are left alone, even when a root row has them: that row is no such child.
     * Returns how many child rows were deleted.
     */
    public int deleteChildren(Connection connection, String model, String table, List<?> keys) throws SQLException {
        Sql select = existing.get(table);
        if (select == null) {
            throw new IllegalArgumentException("The plan does not reach the table " + table);
        }
        List<Object> found = new ArrayList<>();
        InQuery.forEach(connection, select, new ArrayList<>(new LinkedHashSet<>(keys)), rs -> found.add(rs.getObject(1)));
        return found.isEmpty() ? 0 : Math.min(found.size(), deleteRoots(connection, model, found));
    }

    private int deleteRoots(Connection connection, String rootModel, List<?> given) throws SQLException {
        List<Object> keys = new ArrayList<>(new LinkedHashSet<>(given));
        if (keys.isEmpty()) {
            return 0;
        }
        if (singleStatement) {
            return deleteRows(connection, rootTable, keys);
        }
        Map<String, Set<Object>> collected = new LinkedHashMap<>();
        collected.put(rootTable, new LinkedHashSet<>(keys));
        boolean deletesUpwards = false;
        Map<Link, Set<Object>> defaulting = new LinkedHashMap<>();
        Map<Link, Set<Object>> protecting = new LinkedHashMap<>();
        Map<Link, Set<Object>> restricting = new LinkedHashMap<>();
        Map<String, List<Object>> frontier = new LinkedHashMap<>();
        frontier.put(rootTable, new ArrayList<>(keys));
        while (!frontier.isEmpty()) {
            Map<String, List<Object>> next = new LinkedHashMap<>();
            for (Map.Entry<String, List<Object>> level : frontier.entrySet()) {
                for (Link link : links) {
                    if (!link.targetTable().equals(level.getKey())) {
                        continue;
                    }
                    if (setsDefaultHere(link)) {
                        defaulting.computeIfAbsent(link, l -> new LinkedHashSet<>()).addAll(level.getValue());
                        continue;
                    }
                    if (!collects(link.onDelete())) {
                        continue;
                    }
                    List<Object> referencing = referencingKeys(connection, link, level.getValue());
                    if (referencing.isEmpty()) {
                        continue;
                    }
                    switch (link.onDelete()) {
                        case CASCADE -> {
                            // A child row goes with its parent rows (Django's multi-table inheritance),
                            // which share its key.
                            String table = link.table();
                            do {
                                Set<Object> seen = collected.computeIfAbsent(table, t -> new LinkedHashSet<>());
                                for (Object key : referencing) {
                                    if (seen.add(key)) {
                                        next.computeIfAbsent(table, t -> new ArrayList<>()).add(key);
                                        if (!table.equals(link.table())) {
                                            deletesUpwards = true;
                                        }
                                    }
                                }
                                table = link.parentLink() ? null : parentTables.get(table);
                            } while (table != null);
                        }
                        case PROTECT -> protecting.computeIfAbsent(link, l -> new LinkedHashSet<>()).addAll(referencing);
                        case RESTRICT -> restricting.computeIfAbsent(link, l -> new LinkedHashSet<>()).addAll(referencing);
                        default -> throw new AssertionError(link.onDelete());
                    }
                }
            }
            frontier = next;
        }
        if (!protecting.isEmpty()) {
            throw new ProtectedException(rootModel, references(protecting));
        }
        Map<Link, Set<Object>> refusing = new LinkedHashMap<>();
        for (Map.Entry<Link, Set<Object>> entry : restricting.entrySet()) {
            Set<Object> notDeleted = new LinkedHashSet<>(entry.getValue());
            notDeleted.removeAll(collected.getOrDefault(entry.getKey().table(), Set.of()));
            if (!notDeleted.isEmpty()) {
                refusing.put(entry.getKey(), notDeleted);
            }
        }
        if (!refusing.isEmpty()) {
            throw new RestrictedException(rootModel, references(refusing));
        }
        for (Map.Entry<Link, Set<Object>> entry : defaulting.entrySet()) {
            setDefault(connection, entry.getKey(), new ArrayList<>(entry.getValue()));
        }
        if (restricting.isEmpty() && !deletesUpwards) {
            return deleteRows(connection, rootTable, keys);
        }
        int deleted = 0;
        for (String table : deleteOrder) {
            Set<Object> rows = collected.get(table);
            if (rows != null) {
                int count = deleteRows(connection, table, new ArrayList<>(rows));
                if (table.equals(rootTable)) {
                    deleted = count;
                }
            }
        }
        return deleted;
    }

    /**
     * Whether the plan writes a SET_DEFAULT link's default itself: MariaDB's InnoDB has no
     * {@code ON DELETE SET DEFAULT}, so its foreign key takes no action and the plan sets the
     * linking rows to their column's default before deleting.
     */
    private boolean setsDefaultHere(Link link) {
        return link.onDelete() == OnDelete.SET_DEFAULT && !dialect.hasOnDeleteSetDefault();
    }

    private void setDefault(Connection connection, Link link, List<Object> targetKeys) throws SQLException {
        InQuery.update(connection, settingDefault.get(link), targetKeys);
    }

    /** Whether a cascade through the link reaches a child table, whose parent rows must go too. */
    private boolean deletesParents(Link link) {
        return link.onDelete() == OnDelete.CASCADE && !link.parentLink() && parentTables.containsKey(link.table());
    }

    private static boolean collects(OnDelete onDelete) {
        return onDelete == OnDelete.CASCADE || onDelete == OnDelete.PROTECT || onDelete == OnDelete.RESTRICT;
    }

    private List<Object> referencingKeys(Connection connection, Link link, List<Object> targetKeys) throws SQLException {
        List<Object> keys = new ArrayList<>();
        InQuery.forEach(connection, referencing.get(link), targetKeys, rs -> keys.add(rs.getObject(1)));
        return keys;
    }

    private int deleteRows(Connection connection, String table, List<?> keys) throws SQLException {
        return InQuery.update(connection, deleting.get(table), keys);
    }

    private static List<Reference> references(Map<Link, Set<Object>> rows) {
        List<Reference> references = new ArrayList<>();
        for (Map.Entry<Link, Set<Object>> entry : rows.entrySet()) {
            List<Object> keys = new ArrayList<>(entry.getValue());
            keys.sort(KEY_ORDER);
            references.add(new Reference(entry.getKey().model(), entry.getKey().relation(), keys));
        }
        return references;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> KEY_ORDER = (a, b) ->
            a instanceof Comparable ca && a.getClass() == b.getClass() ? ca.compareTo(b) : a.toString().compareTo(b.toString());
}
