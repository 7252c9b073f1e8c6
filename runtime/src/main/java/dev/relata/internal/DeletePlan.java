package dev.relata.internal;

import dev.relata.Deletion;
import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OnDelete;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.RestrictedException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
 *   <li>a DO_NOTHING link whose referencing and referenced rows both go with the delete holds no
 *   row that is gone once it is done, which PostgreSQL checks at the end of each statement; H2 and
 *   MariaDB check such a link row by row, so there too the plan deletes the rows itself, the
 *   referencing rows first; rows that link to each other in a loop have their links set to null
 *   first. A referencing row that stays still makes the database refuse.</li>
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
    /**
     * Whether a cascade from the root can nest deeper than the database follows cascades
     * ({@link Dialect#maxCascadeDepth()}): then the plan collects the rows and deletes them itself,
     * the deepest first, so that no foreign key has a cascade left to run.
     */
    private final boolean deeperThanTheDatabaseCascades;
    /**
     * Whether a RESTRICT link goes from a table to itself: rows of that table that restrict each
     * other and go in one delete must go one after the other, the referencing row first, since H2
     * and InnoDB check a RESTRICT row by row within one statement.
     */
    private final boolean restrictsItsOwnTable;
    /**
     * Whether a DO_NOTHING link joins two tables that a delete of the root reaches by cascades, on a
     * database that checks such a link row by row (H2, MariaDB): its referencing rows must go first.
     */
    private final boolean doesNothingWithinTheCascade;
    /** The tables whose rows a delete of the root can take: the root, and those its cascades reach. */
    private final Set<String> cascadeReach;
    private final Map<String, String> keyColumns;
    /** The tables whose keys are UUIDs, read back as such (MariaDB stores them as text). */
    private final Set<String> uuidKeys;
    /** The model of each table's rows. */
    private final Map<String, String> models;
    private final Map<String, String> parentTables = new HashMap<>();
    /** The tables, referencing tables first: the order rows go in when deleted one table at a time. */
    private final List<String> deleteOrder;
    private final Map<Link, Sql> referencing = new HashMap<>();
    private final Map<Link, Sql> referencingPairs = new HashMap<>();
    private final Map<Link, Sql> settingDefault = new HashMap<>();
    /** For each DO_NOTHING link that orders a delete on H2 and MariaDB, the UPDATE that unlinks rows of a loop. */
    private final Map<Link, Sql> unlinking = new HashMap<>();
    private final Map<String, Sql> deleting = new HashMap<>();
    private final Map<String, Sql> existing = new HashMap<>();

    private DeletePlan(Builder builder) {
        this.dialect = builder.dialect;
        this.rootTable = builder.rootTable;
        this.links = List.copyOf(builder.links);
        this.keyColumns = new LinkedHashMap<>(builder.keyColumns);
        this.models = Map.copyOf(builder.models);
        this.uuidKeys = Set.copyOf(builder.uuidKeys);
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
            referencingPairs.put(link, Sql.of(dialect, "SELECT {" + keyColumns.get(link.table()) + "}, {" + link.column()
                    + "} FROM {" + link.table() + "} WHERE {" + link.column() + "} IN (" + Sql.KEYS + ")"));
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
        this.restrictsItsOwnTable = links.stream()
                .anyMatch(l -> l.onDelete() == OnDelete.RESTRICT && l.table().equals(l.targetTable()));
        this.cascadeReach = cascadeReach();
        this.doesNothingWithinTheCascade = dialect != Dialect.POSTGRESQL && links.stream().anyMatch(this::ordersTheDelete);
        if (doesNothingWithinTheCascade) {
            for (Link link : links) {
                if (ordersTheDelete(link)) {
                    unlinking.put(link, Sql.of(dialect, "UPDATE {" + link.table() + "} SET {" + link.column() + "} = NULL WHERE {"
                            + keyColumns.get(link.table()) + "} IN (" + Sql.KEYS + ")"));
                }
            }
        }
        this.deeperThanTheDatabaseCascades = cascadeDepth(rootTable, new HashSet<>()) >= dialect.maxCascadeDepth();
        this.singleStatement = !deeperThanTheDatabaseCascades && !doesNothingWithinTheCascade && links.stream().noneMatch(
                l -> collects(l.onDelete()) && l.onDelete() != OnDelete.CASCADE || setsDefaultHere(l) || deletesParents(l)
                        || checksDefaultAfter(l));
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
        private final Map<String, String> models = new LinkedHashMap<>();
        private final Set<String> uuidKeys = new HashSet<>();
        private final List<Link> links = new ArrayList<>();

        private Builder(Dialect dialect, String rootTable) {
            this.dialect = dialect;
            this.rootTable = rootTable;
        }

        /**
         * A table the plan reaches, the column that holds its rows' keys, and the model whose rows
         * it holds. Tables come referencing tables first: rows that must be deleted one table at a
         * time go in this order.
         */
        public Builder table(String table, String keyColumn, String model) {
            keyColumns.put(table, keyColumn);
            models.put(table, model);
            return this;
        }

        /**
         * A table as {@link #table(String, String, String)} names it, whose keys are of {@code keyType}
         * in Java: the plan reads them back as such where the database stores them otherwise (a
         * {@code UUID} as text on MariaDB), so that they match the keys it was given and the keys it
         * reports in a {@link ProtectedException} or {@link RestrictedException} are the model's.
         */
        public Builder table(String table, String keyColumn, String model, Class<?> keyType) {
            if (keyType == UUID.class) {
                uuidKeys.add(table);
            }
            return table(table, keyColumn, model);
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
        return deleteRoots(connection, rootModel, keys, null);
    }

    /**
     * Deletes as {@link #delete} does, and counts every row that goes, of every model: each row is
     * deleted by a statement of the plan's own (none by a foreign key's cascade), so each is counted.
     */
    public Deletion deleteCounting(Connection connection, String rootModel, List<?> keys) throws SQLException {
        Map<String, Integer> removed = new LinkedHashMap<>();
        deleteRoots(connection, rootModel, keys, removed);
        return deletion(removed);
    }

    /** Deletes as {@link #deleteChildren} does, counting as {@link #deleteCounting} does. */
    public Deletion deleteChildrenCounting(Connection connection, String model, String table, List<?> keys)
            throws SQLException {
        Map<String, Integer> removed = new LinkedHashMap<>();
        List<Object> found = existingKeys(connection, table, keys);
        if (!found.isEmpty()) {
            deleteRoots(connection, model, found, removed);
        }
        return deletion(removed);
    }

    private Deletion deletion(Map<String, Integer> removed) {
        Map<String, Integer> byModel = new LinkedHashMap<>();
        for (String table : deleteOrder) {
            Integer count = removed.get(table);
            if (count != null && count > 0) {
                byModel.merge(models.getOrDefault(table, table), count, Integer::sum);
            }
        }
        return new Deletion(byModel);
    }

    /**
     * Deletes the rows of a child model ({@code @Parent}) with these keys, in its {@code table}:
     * through its root rows, which takes every table of the chain with them. Keys with no row in
     * the child's table are left alone, even when a root row has them: that row is no such child.
     * Returns how many child rows were deleted.
     */
    public int deleteChildren(Connection connection, String model, String table, List<?> keys) throws SQLException {
        List<Object> found = existingKeys(connection, table, keys);
        return found.isEmpty() ? 0 : Math.min(found.size(), deleteRoots(connection, model, found, null));
    }

    /** The keys among {@code keys} of rows that {@code table} has. */
    private List<Object> existingKeys(Connection connection, String table, List<?> keys) throws SQLException {
        Sql select = existing.get(table);
        if (select == null) {
            throw new IllegalArgumentException("The plan does not reach the table " + table);
        }
        List<Object> found = new ArrayList<>();
        InQuery.forEach(connection, select, keys, rs -> found.add(key(rs, 1, table)));
        return found;
    }

    /**
     * Deletes the root rows with these keys; with {@code removed}, deletes every collected row by a
     * statement of its own and counts the rows that go per table there.
     */
    private int deleteRoots(Connection connection, String rootModel, List<?> given, Map<String, Integer> removed)
            throws SQLException {
        List<Object> keys = new ArrayList<>(new LinkedHashSet<>(InQuery.keysOfRows(given)));
        if (keys.isEmpty()) {
            return 0;
        }
        boolean deleteEachRow = deeperThanTheDatabaseCascades || removed != null || restrictsItsOwnTable
                || doesNothingWithinTheCascade;
        if (singleStatement && removed == null) {
            return deleteRows(connection, rootTable, keys);
        }
        Map<String, Set<Object>> collected = new LinkedHashMap<>();
        collected.put(rootTable, new LinkedHashSet<>(keys));
        boolean deletesUpwards = false;
        Map<Link, Set<Object>> defaulting = new LinkedHashMap<>();
        Map<Link, Set<Object>> defaultedByTheDatabase = new LinkedHashMap<>();
        Map<Link, Set<Object>> protecting = new LinkedHashMap<>();
        Map<Link, Set<Object>> restricting = new LinkedHashMap<>();
        Map<String, List<Object>> frontier = new LinkedHashMap<>();
        frontier.put(rootTable, new ArrayList<>(keys));
        // Which collected row links to which, through a cascade, a RESTRICT or a DO_NOTHING: kept only
        // where the plan deletes the rows itself, the referencing rows first.
        Map<Row, List<Row>> cascades = new HashMap<>();
        // The rows that link through each DO_NOTHING link, and the rows they link to, where H2 and
        // MariaDB need them unlinked when they link to each other in a loop.
        Map<Link, List<Row[]>> doingNothing = new LinkedHashMap<>();
        while (!frontier.isEmpty()) {
            Map<String, List<Object>> next = new LinkedHashMap<>();
            for (Map.Entry<String, List<Object>> level : frontier.entrySet()) {
                for (Link link : links) {
                    if (!link.targetTable().equals(level.getKey())) {
                        continue;
                    }
                    if (link.onDelete() == OnDelete.SET_DEFAULT) {
                        if (setsDefaultHere(link)) {
                            defaulting.computeIfAbsent(link, l -> new LinkedHashSet<>()).addAll(level.getValue());
                        }
                        if (checksDefaultAfter(link)) {
                            defaultedByTheDatabase.computeIfAbsent(link, l -> new LinkedHashSet<>())
                                    .addAll(level.getValue());
                        }
                        continue;
                    }
                    if (deleteEachRow && ordersTheDelete(link)) {
                        // Not collected: a referencing row that goes with the delete goes first, one that
                        // stays makes the database refuse.
                        for (Object[] pair : referencingPairs(connection, link, level.getValue())) {
                            Row from = new Row(link.table(), pair[0]);
                            Row to = new Row(link.targetTable(), pair[1]);
                            cascades.computeIfAbsent(from, r -> new ArrayList<>()).add(to);
                            if (unlinking.containsKey(link)) {
                                doingNothing.computeIfAbsent(link, l -> new ArrayList<>()).add(new Row[] {from, to});
                            }
                        }
                        continue;
                    }
                    if (!collects(link.onDelete())) {
                        continue;
                    }
                    List<Object> referencing;
                    // Where the plan deletes row by row, it deletes a referencing row before the row it
                    // references: for a cascade, and for a RESTRICT whose referencing row goes in the same
                    // delete (through its own cascade, or with its child), before the database's own
                    // RESTRICT would see the target go first.
                    if (deleteEachRow && (link.onDelete() == OnDelete.CASCADE || link.onDelete() == OnDelete.RESTRICT)) {
                        referencing = new ArrayList<>();
                        for (Object[] pair : referencingPairs(connection, link, level.getValue())) {
                            referencing.add(pair[0]);
                            cascades.computeIfAbsent(new Row(link.table(), pair[0]), r -> new ArrayList<>())
                                    .add(new Row(link.targetTable(), pair[1]));
                        }
                    } else {
                        referencing = referencingKeys(connection, link, level.getValue());
                    }
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
                                String child = table;
                                table = link.parentLink() ? null : parentTables.get(table);
                                if (table != null && deleteEachRow) {
                                    for (Object key : referencing) {
                                        cascades.computeIfAbsent(new Row(child, key), r -> new ArrayList<>())
                                                .add(new Row(table, key));
                                    }
                                }
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
        int deleted;
        if (deleteEachRow) {
            deleted = deleteReferencingFirst(connection, collected, cascades, doingNothing, keys, removed);
        } else if (restricting.isEmpty() && !deletesUpwards) {
            deleted = deleteRows(connection, rootTable, keys);
        } else {
            deleted = 0;
            for (String table : deleteOrder) {
                Set<Object> rows = collected.get(table);
                if (rows != null) {
                    int count = deleteRows(connection, table, new ArrayList<>(rows));
                    if (table.equals(rootTable)) {
                        deleted = count;
                    }
                }
            }
        }
        for (Map.Entry<Link, Set<Object>> entry : defaultedByTheDatabase.entrySet()) {
            Link link = entry.getKey();
            if (!referencingKeys(connection, link, new ArrayList<>(entry.getValue())).isEmpty()) {
                // The default is itself a row deleted here: H2 leaves the link dangling, where PostgreSQL
                // and MariaDB refuse the delete. Refused here too; the transaction is rolled back.
                throw new IntegrityException("Cannot delete the " + models.get(link.targetTable()) + ": rows of "
                        + link.model() + " would be set to the default of '" + link.model() + "." + link.relation()
                        + "' (onDelete = SET_DEFAULT), which is a row deleted with it; nothing was deleted.");
            }
        }
        return deleted;
    }

    /**
     * Whether the plan checks, after the delete, that no row was set to a default that was deleted
     * too: H2's foreign key sets the default again when that row goes, without checking that it exists.
     */
    private boolean checksDefaultAfter(Link link) {
        return link.onDelete() == OnDelete.SET_DEFAULT && dialect == Dialect.H2;
    }

    /** A row of a table, by key. */
    private record Row(String table, Object key) {}

    /**
     * Whether the link is DO_NOTHING from and to tables whose rows a delete of the root can take: its
     * referencing rows must then go before the rows they reference where the plan deletes row by row.
     */
    private boolean ordersTheDelete(Link link) {
        return link.onDelete() == OnDelete.DO_NOTHING && cascadeReach.contains(link.table())
                && cascadeReach.contains(link.targetTable());
    }

    /** The root and every table its CASCADE links reach, with the parent tables of a child table reached. */
    private Set<String> cascadeReach() {
        Set<String> reach = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(rootTable);
        while (!queue.isEmpty()) {
            String table = queue.poll();
            if (!reach.add(table)) {
                continue;
            }
            for (Link link : links) {
                if (link.targetTable().equals(table) && link.onDelete() == OnDelete.CASCADE) {
                    queue.add(link.table());
                }
            }
            String parent = parentTables.get(table);
            if (parent != null) {
                queue.add(parent);
            }
        }
        return reach;
    }

    /**
     * Deletes the collected rows in rounds: each round deletes the rows that no remaining collected
     * row links to through a cascade (a statement per table, referencing tables first), so no
     * foreign key has a cascade left to run, however long the chain. Rows that link to each other
     * in a loop go last, together, their DO_NOTHING links to each other set to null first where the
     * database checks those row by row. Returns how many of the given root rows were deleted.
     */
    private int deleteReferencingFirst(Connection connection, Map<String, Set<Object>> collected,
            Map<Row, List<Row>> cascades, Map<Link, List<Row[]>> doingNothing, List<Object> given,
            Map<String, Integer> removed) throws SQLException {
        Map<Row, Integer> referencedBy = new HashMap<>();
        Set<Row> remaining = new LinkedHashSet<>();
        collected.forEach((table, keys) -> keys.forEach(key -> remaining.add(new Row(table, key))));
        cascades.forEach((from, targets) -> {
            if (remaining.contains(from)) { // a DO_NOTHING link's referencing row may stay
                targets.stream().filter(remaining::contains).forEach(target -> referencedBy.merge(target, 1, Integer::sum));
            }
        });
        Set<Object> roots = new HashSet<>(given);
        int deleted = 0;
        List<Row> round = remaining.stream().filter(row -> !referencedBy.containsKey(row)).toList();
        while (!remaining.isEmpty()) {
            boolean loop = round.isEmpty();
            if (loop) {
                round = List.copyOf(remaining); // a loop of links: nothing is left that no other row links to
                unlinkLoop(connection, doingNothing, remaining);
            }
            deleted += deleteRound(connection, round, roots, removed, loop);
            List<Row> next = new ArrayList<>();
            for (Row row : round) {
                remaining.remove(row);
                for (Row target : cascades.getOrDefault(row, List.of())) {
                    if (remaining.contains(target) && referencedBy.merge(target, -1, Integer::sum) == 0) {
                        next.add(target);
                    }
                }
            }
            round = next;
        }
        return deleted;
    }

    /**
     * Sets to null the DO_NOTHING links between rows of a loop, which all go in one round: H2 and
     * MariaDB check such a link row by row, and would refuse the round's statements otherwise. A row
     * that links to itself is unlinked on MariaDB, whose InnoDB refuses to delete it otherwise, and
     * left as it is on H2, which lets it go. A link that cannot be null makes the database refuse, as
     * it would refuse the delete.
     */
    private void unlinkLoop(Connection connection, Map<Link, List<Row[]>> doingNothing, Set<Row> loop)
            throws SQLException {
        for (Map.Entry<Link, List<Row[]>> entry : doingNothing.entrySet()) {
            Set<Object> keys = new LinkedHashSet<>();
            for (Row[] pair : entry.getValue()) {
                if (loop.contains(pair[0]) && loop.contains(pair[1]) && (!pair[0].equals(pair[1]) || dialect == Dialect.MARIADB)) {
                    keys.add(pair[0].key());
                }
            }
            if (!keys.isEmpty()) {
                InQuery.update(connection, unlinking.get(entry.getKey()), new ArrayList<>(keys));
            }
        }
    }

    /**
     * Deletes the rows of one round, a statement per table; returns how many of them were given root
     * rows. In a {@code loop} round the database's cascades delete some of the round's rows before
     * their own statement comes (which then counts nothing): every row of the round goes, and each is
     * counted as gone, whichever statement took it.
     */
    private int deleteRound(Connection connection, List<Row> round, Set<Object> roots, Map<String, Integer> removed,
            boolean loop) throws SQLException {
        int deleted = 0;
        for (String table : deleteOrder) {
            List<Object> rootKeys = new ArrayList<>();
            List<Object> otherKeys = new ArrayList<>();
            for (Row row : round) {
                if (row.table().equals(table)) {
                    (table.equals(rootTable) && roots.contains(row.key()) ? rootKeys : otherKeys).add(row.key());
                }
            }
            int count = 0;
            if (!otherKeys.isEmpty()) {
                int otherCount = deleteRows(connection, table, otherKeys);
                count += loop ? otherKeys.size() : otherCount;
            }
            if (!rootKeys.isEmpty()) {
                int rootCount = deleteRows(connection, table, rootKeys);
                rootCount = loop ? rootKeys.size() : rootCount;
                deleted += rootCount;
                count += rootCount;
            }
            if (removed != null && count > 0) {
                removed.merge(table, count, Integer::sum);
            }
        }
        return deleted;
    }

    /**
     * How deep cascades from rows of {@code table} can nest: the longest chain of CASCADE links
     * (parent links included) into it; {@link Integer#MAX_VALUE} when a chain can loop.
     */
    private int cascadeDepth(String table, Set<String> onPath) {
        if (!onPath.add(table)) {
            return Integer.MAX_VALUE;
        }
        int depth = 0;
        for (Link link : links) {
            if (link.targetTable().equals(table) && link.onDelete() == OnDelete.CASCADE) {
                int below = cascadeDepth(link.table(), onPath);
                depth = below == Integer.MAX_VALUE ? below : Math.max(depth, below + 1);
                if (depth == Integer.MAX_VALUE) {
                    break;
                }
            }
        }
        onPath.remove(table);
        return depth;
    }

    /**
     * Whether the plan writes a SET_DEFAULT link's default itself, before deleting: MariaDB's InnoDB
     * has no {@code ON DELETE SET DEFAULT}, so its foreign key takes no action; and H2's sets a default
     * without checking that it exists, where the plan's UPDATE is checked like any other.
     */
    private boolean setsDefaultHere(Link link) {
        return link.onDelete() == OnDelete.SET_DEFAULT && (!dialect.hasOnDeleteSetDefault() || dialect == Dialect.H2);
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
        InQuery.forEach(connection, referencing.get(link), targetKeys, rs -> keys.add(key(rs, 1, link.table())));
        return keys;
    }

    private List<Object[]> referencingPairs(Connection connection, Link link, List<Object> targetKeys) throws SQLException {
        List<Object[]> pairs = new ArrayList<>();
        InQuery.forEach(connection, referencingPairs.get(link), targetKeys,
                rs -> pairs.add(new Object[] {key(rs, 1, link.table()), key(rs, 2, link.targetTable())}));
        return pairs;
    }

    /** A key of a row of {@code table}, read from a column of the result. */
    private Object key(ResultSet rs, int column, String table) throws SQLException {
        return uuidKeys.contains(table) ? Jdbc.getUuid(rs, column, dialect) : rs.getObject(column);
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
