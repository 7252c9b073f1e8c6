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
import java.util.HashSet;
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
     * A link from rows of {@code table} (model {@code model}, key {@code keyColumn}) through
     * {@code column} to the key of {@code targetTable}.
     */
    public record Link(String model, String relation, String table, String keyColumn, String column,
            String targetModel, String targetTable, OnDelete onDelete, boolean parentLink, String targetKeyColumn) {

        /** A one-to-one link. */
        public Link(String model, String relation, String table, String keyColumn, String column,
                String targetModel, String targetTable, OnDelete onDelete) {
            this(model, relation, table, keyColumn, column, targetModel, targetTable, onDelete, false, null);
        }

        /**
         * The link of a child table to its parent ({@code @Parent}), by the child's key column to
         * the parent's: always CASCADE.
         */
        public static Link parent(String model, String relation, String table, String keyColumn, String targetModel,
                String targetTable, String targetKeyColumn) {
            return new Link(model, relation, table, keyColumn, keyColumn, targetModel, targetTable, OnDelete.CASCADE, true,
                    targetKeyColumn);
        }
    }

    private final Dialect dialect;
    private final String rootTable;
    private final String rootKey;
    private final List<Link> links;
    private final boolean singleStatement;
    private final Map<String, String> keyColumns = new HashMap<>();
    private final Map<String, String> parentTables = new HashMap<>();
    private final List<String> deleteOrder;

    private DeletePlan(Dialect dialect, String rootTable, String rootKey, List<Link> links) {
        this.dialect = dialect;
        this.rootTable = rootTable;
        this.rootKey = rootKey;
        this.links = List.copyOf(links);
        keyColumns.put(rootTable, rootKey);
        for (Link link : links) {
            keyColumns.put(link.table(), link.keyColumn());
            if (link.parentLink()) {
                parentTables.put(link.table(), link.targetTable());
            }
        }
        for (Link link : links) {
            if (link.targetKeyColumn() != null) {
                keyColumns.putIfAbsent(link.targetTable(), link.targetKeyColumn());
            }
        }
        this.singleStatement = links.stream().noneMatch(l -> collects(l.onDelete()) && l.onDelete() != OnDelete.CASCADE
                || setsDefaultHere(l) || deletesParents(l));
        this.deleteOrder = referencingFirst(keyColumns.keySet(), links);
    }

    /**
     * A plan for deleting rows of {@code rootTable} by {@code rootKey}; {@code links} holds every
     * link into the tables that a cascade from the root reaches.
     */
    public static DeletePlan of(Dialect dialect, String rootTable, String rootKey, List<Link> links) {
        return new DeletePlan(dialect, rootTable, rootKey, links);
    }

    /** Deletes the root rows with these keys; returns how many root rows were deleted. */
    public int delete(Connection connection, String rootModel, List<?> keys) throws SQLException {
        return deleteRoots(connection, rootModel, keys);
    }

    /**
     * Deletes the rows of a child model ({@code @Parent}) with these keys, in {@code table} by
     * {@code keyColumn}: through its root rows, which takes every table of the chain with them.
     * Keys with no row in the child's table are left alone, even when a root row has them: that
     * row is no such child. Returns how many child rows were deleted.
     */
    public int deleteChildren(Connection connection, String model, String table, String keyColumn, List<?> keys)
            throws SQLException {
        String sql = "SELECT " + dialect.quote(keyColumn) + " FROM " + dialect.quote(table) + " WHERE "
                + dialect.quote(keyColumn) + " IN (" + InQuery.MARKER + ")";
        List<Object> existing = new ArrayList<>();
        InQuery.forEach(connection, dialect, sql, new ArrayList<>(new LinkedHashSet<>(keys)), rs -> existing.add(rs.getObject(1)));
        return existing.isEmpty() ? 0 : Math.min(existing.size(), deleteRoots(connection, model, existing));
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
        return link.onDelete() == OnDelete.SET_DEFAULT && dialect == Dialect.MARIADB;
    }

    private void setDefault(Connection connection, Link link, List<Object> targetKeys) throws SQLException {
        String sql = "UPDATE " + dialect.quote(link.table()) + " SET " + dialect.quote(link.column()) + " = DEFAULT WHERE "
                + dialect.quote(link.column()) + " IN (" + InQuery.MARKER + ")";
        InQuery.update(connection, dialect, sql, targetKeys);
    }

    /** Whether a cascade through the link reaches a child table, whose parent rows must go too. */
    private boolean deletesParents(Link link) {
        return link.onDelete() == OnDelete.CASCADE && !link.parentLink() && parentTables.containsKey(link.table());
    }

    private static boolean collects(OnDelete onDelete) {
        return onDelete == OnDelete.CASCADE || onDelete == OnDelete.PROTECT || onDelete == OnDelete.RESTRICT;
    }

    private List<Object> referencingKeys(Connection connection, Link link, List<Object> targetKeys) throws SQLException {
        String sql = "SELECT " + dialect.quote(link.keyColumn()) + " FROM " + dialect.quote(link.table())
                + " WHERE " + dialect.quote(link.column()) + " IN (" + InQuery.MARKER + ")";
        List<Object> keys = new ArrayList<>();
        InQuery.forEach(connection, dialect, sql, targetKeys, rs -> keys.add(rs.getObject(1)));
        return keys;
    }

    private int deleteRows(Connection connection, String table, List<?> keys) throws SQLException {
        String sql = "DELETE FROM " + dialect.quote(table) + " WHERE " + dialect.quote(keyColumns.get(table))
                + " IN (" + InQuery.MARKER + ")";
        return InQuery.update(connection, dialect, sql, keys);
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

    /** Tables ordered so that a table comes before every table it links to (cycles broken by name). */
    private static List<String> referencingFirst(Set<String> tables, List<Link> links) {
        Map<String, Set<String>> linksTo = new HashMap<>();
        Map<String, Integer> referencedBy = new HashMap<>();
        for (String table : tables) {
            linksTo.put(table, new HashSet<>());
            referencedBy.put(table, 0);
        }
        for (Link link : links) {
            if (!link.table().equals(link.targetTable()) && linksTo.get(link.table()).add(link.targetTable())) {
                referencedBy.merge(link.targetTable(), 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> remaining = new java.util.TreeSet<>(tables);
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(t -> referencedBy.get(t) == 0).findFirst()
                    .orElse(remaining.iterator().next());
            remaining.remove(next);
            order.add(next);
            for (String target : linksTo.get(next)) {
                referencedBy.merge(target, -1, Integer::sum);
            }
        }
        return order;
    }
}
