package dev.relata.internal;

import dev.relata.Dialect;
import dev.relata.RelataException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The statement shapes generated DAOs run: one row, a list, a count, an update, batch lookups. */
public final class Queries {
    private Queries() {}

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Binds nothing: for statements without parameters, or whose only parameters are the keys. */
    static final Binder NO_PARAMETERS = ps -> { };

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static <T> Optional<T> one(Connection connection, Sql sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    public static <T> List<T> list(Connection connection, Sql sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    /** The row a statement whose one parameter is a {@code long}, such as a key, selects, if any. */
    public static <T> Optional<T> one(Connection connection, Sql sql, long parameter, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    /** The rows a statement whose one parameter is a {@code long}, such as a key, selects, in its order. */
    public static <T> List<T> list(Connection connection, Sql sql, long parameter, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    /**
     * The one row a finder's statement selects, or empty; a second row is a {@link RelataException}
     * naming the finder, for example {@code ProfileFinders.ofUsername}.
     */
    public static <T> Optional<T> single(Connection connection, Sql sql, Binder binder, RowMapper<T> mapper,
            String finder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                T row = mapper.map(rs);
                if (rs.next()) {
                    throw new RelataException(finder + " expects at most one row, but more than one matches; "
                            + "return a List, or make its condition select one row.");
                }
                return Optional.of(row);
            }
        }
    }

    /** The number in the first column of the statement's single row, after binding its parameters. */
    public static long count(Connection connection, Sql sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static long count(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static boolean exists(Connection connection, Sql sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static int update(Connection connection, Sql sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.text())) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    /**
     * The targets of a forward link for many rows, in {@link InQuery} chunks: keyed by each row's
     * key, in no particular order; rows whose link is null, or whose target is missing, are absent.
     *
     * @param sql         selects targets, with {@link Sql#KEYS} for the target keys
     * @param rows        the rows whose links to follow
     * @param keyOf       a row's key
     * @param linkOf      a row's link (the target's key), or null
     * @param mapper      reads a target
     * @param targetKeyOf a target's key
     */
    public static <M, K, T> Map<K, T> forward(Connection connection, Sql sql, Collection<M> rows,
            Function<M, K> keyOf, Function<M, ?> linkOf, RowMapper<T> mapper, Function<T, ?> targetKeyOf)
            throws SQLException {
        Map<Object, List<K>> byTarget = new HashMap<>(capacity(rows.size()));
        for (M row : rows) {
            Object link = linkOf.apply(row);
            if (link != null) {
                byTarget.computeIfAbsent(link, l -> new ArrayList<>(1)).add(keyOf.apply(row));
            }
        }
        Map<K, T> targets = new HashMap<>(capacity(byTarget.size()));
        InQuery.forEachAsGiven(connection, sql, NO_PARAMETERS, new ArrayList<>(byTarget.keySet()), rs -> {
            T target = mapper.map(rs);
            List<K> keys = byTarget.get(targetKeyOf.apply(target));
            if (keys != null) {
                for (K key : keys) {
                    targets.put(key, target);
                }
            }
        });
        return targets;
    }

    /**
     * The rows that link to many targets through one link, in {@link InQuery} chunks: keyed by the
     * target's key, in no particular order; targets nothing links to are absent.
     *
     * @param sql    selects linking rows, with {@link Sql#KEYS} for the target keys
     * @param keys   the targets' keys; a repeated key is harmless
     * @param mapper reads a linking row
     * @param linkOf a linking row's link (the target's key)
     */
    public static <K, S> Map<K, S> reverse(Connection connection, Sql sql, List<K> keys, RowMapper<S> mapper,
            Function<S, K> linkOf) throws SQLException {
        Map<K, S> found = new HashMap<>(capacity(keys.size()));
        // Keys as given: a repeated key costs a place in a list, a set of all keys costs every call.
        InQuery.forEachAsGiven(connection, sql, NO_PARAMETERS, keys, rs -> {
            S row = mapper.map(rs);
            found.put(linkOf.apply(row), row);
        });
        return found;
    }

    /**
     * The rows that link to many targets through one foreign key, in {@link InQuery} chunks: keyed by
     * the target's key, in the order the keys are given, each target with the list of its linking rows
     * ordered by their key; a target nothing links to maps to an empty list.
     *
     * @param sql    selects linking rows, with {@link Sql#KEYS} for the target keys; ordered by their key
     *               unless {@code keyOf} orders them
     * @param keys   the targets' keys; a repeated key is harmless
     * @param mapper reads a linking row
     * @param linkOf a linking row's link (the target's key)
     * @param keyOf  a linking row's whole number key, by which each target's rows are sorted here; null
     *               when the statement orders them
     */
    public static <K, S> Map<K, List<S>> reverseMany(Connection connection, Sql sql, List<K> keys, RowMapper<S> mapper,
            Function<S, K> linkOf, ToLongFunction<? super S> keyOf) throws SQLException {
        Map<K, List<S>> found = new LinkedHashMap<>(capacity(keys.size()));
        for (K key : keys) {
            found.computeIfAbsent(key, k -> new ArrayList<>());
        }
        InQuery.forEachAsGiven(connection, sql, NO_PARAMETERS, new ArrayList<>(found.keySet()), rs -> {
            S row = mapper.map(rs);
            List<S> linking = found.get(linkOf.apply(row));
            if (linking != null) {
                linking.add(row);
            }
        });
        if (keyOf != null) {
            Comparator<S> byKey = Comparator.comparingLong(keyOf);
            for (List<S> linking : found.values()) {
                if (linking.size() > 1) {
                    linking.sort(byKey);
                }
            }
        }
        return found;
    }

    /**
     * Which of {@code keys} are the keys of targets that match a condition: true for a target that
     * matches, false for one that does not; a key without a target is absent. The statement
     * selects a target's key (read by {@code keyReader}) and whether it matches (column 2), binding
     * the condition's values first, with {@code leading}, then the keys.
     *
     * @param keyReader reads a key from column 1, as the same Java type as {@code keys}
     */
    public static <K> Map<K, Boolean> matching(Connection connection, Sql sql, Binder leading, Collection<K> keys,
            RowMapper<K> keyReader) throws SQLException {
        Map<K, Boolean> found = new HashMap<>(capacity(keys.size()));
        InQuery.forEachAsGiven(connection, sql, leading, new ArrayList<>(new LinkedHashSet<>(keys)),
                rs -> found.put(keyReader.map(rs), rs.getBoolean(2)));
        return found;
    }

    /** A hash map capacity that holds {@code n} entries without resizing. */
    private static int capacity(int n) {
        return (int) Math.min(1 << 30, n * 4L / 3 + 1);
    }
}
