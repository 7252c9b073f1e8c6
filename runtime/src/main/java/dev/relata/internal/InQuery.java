package dev.relata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Runs a query over many keys. On PostgreSQL the keys go as one array parameter ({@code = ANY(?)}),
 * in chunks of {@value #ARRAY_CHUNK}: one statement shape whatever the number of keys, each key looked
 * up in the index; within a chunk, a repeated key matches its row once. On H2 (see
 * {@link dev.relata.Dialect#bindsKeyListsAsArrays()}), MariaDB and MySQL the keys go as
 * {@code IN (...)} lists, each key once (or as the caller gives them, {@code forEachAsGiven}): chunks of
 * at most {@value #CHUNK} keys
 * ({@link dev.relata.Dialect#keysPerList()}: 128 on H2), each padded to a power of two so that
 * the driver and the server see a handful of distinct statements, not one per list size; the full
 * chunks share one prepared statement. Text keys that no column holds are left out: they match no row.
 */
public final class InQuery {
    /** The most keys one {@code IN (...)} list binds on any dialect. */
    public static final int CHUNK = 1024;

    /** The most keys one array parameter binds. */
    public static final int ARRAY_CHUNK = 16_384;

    private InQuery() {}

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Works with one statement whose parameters are all bound. */
    @FunctionalInterface
    private interface Bound {
        void run(PreparedStatement ps) throws SQLException;
    }

    /**
     * Runs {@code sql}, whose {@code IN (}{@value Sql#KEYS}{@code )} stands for the list of keys, for
     * every chunk of {@code keys}, handing each row to {@code reader}. Does nothing for no keys.
     */
    public static void forEach(Connection connection, Sql sql, List<?> keys, RowReader reader) throws SQLException {
        forEach(connection, sql, Queries.NO_PARAMETERS, keys, reader);
    }

    /**
     * As {@link #forEach(Connection, Sql, List, RowReader)}, for a statement whose
     * {@linkplain Sql#leadingParameters() parameters before the keys} are bound by {@code leading}.
     */
    public static void forEach(Connection connection, Sql sql, Queries.Binder leading, List<?> keys, RowReader reader)
            throws SQLException {
        chunks(connection, sql, leading, keys, false, rows(reader));
    }

    /**
     * As {@link #forEach(Connection, Sql, Queries.Binder, List, RowReader)}, binding the keys as they are
     * given, not collected into a set first: for keys that are distinct already (a map's key set, say),
     * or whose repeats are rare and cost no more than a place in a list (a key repeated matches its rows
     * once within a list, and a row found twice is read twice).
     */
    static void forEachAsGiven(Connection connection, Sql sql, Queries.Binder leading, List<?> keys, RowReader reader)
            throws SQLException {
        chunks(connection, sql, leading, keys, true, rows(reader));
    }

    private static Bound rows(RowReader reader) {
        return ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        };
    }

    /**
     * Runs {@code sql}, whose {@code IN (}{@value Sql#KEYS}{@code )} stands for the keys, as updates;
     * returns the rows changed.
     */
    public static int update(Connection connection, Sql sql, List<?> keys) throws SQLException {
        int[] changed = {0};
        chunks(connection, sql, Queries.NO_PARAMETERS, keys, false, ps -> changed[0] += ps.executeUpdate());
        return changed[0];
    }

    private static void chunks(Connection connection, Sql sql, Queries.Binder leading, List<?> keys, boolean asGiven,
            Bound work) throws SQLException {
        if (!sql.hasKeys()) {
            throw new IllegalArgumentException("No IN (" + Sql.KEYS + ") in: " + sql);
        }
        keys = keysOfRows(keys);
        if (keys.isEmpty()) {
            return;
        }
        int leadingCount = sql.leadingParameters();
        Object[] array = sql.forArray() == null ? null : arrayOf(keys);
        if (array != null) {
            try (PreparedStatement ps = connection.prepareStatement(sql.forArray())) {
                for (int from = 0; from < array.length; from += ARRAY_CHUNK) {
                    Object[] chunk = from == 0 && array.length <= ARRAY_CHUNK ? array
                            : Arrays.copyOfRange(array, from, Math.min(array.length, from + ARRAY_CHUNK));
                    leading.bind(ps);
                    // A typed Java array, not Connection.createArrayOf, which some connections lack
                    // (ShardingSphere-JDBC's): the driver infers the SQL array type from the element type.
                    ps.setObject(leadingCount + 1, chunk);
                    work.run(ps);
                }
            }
            return;
        }
        List<?> distinct = asGiven ? keys : new ArrayList<>(new LinkedHashSet<>(keys));
        int chunkSize = Math.min(CHUNK, sql.dialect().keysPerList());
        // Every chunk but the last is full: one statement prepared for them all, one for the rest.
        PreparedStatement full = null;
        try {
            for (int from = 0; from < distinct.size(); from += chunkSize) {
                List<?> chunk = distinct.subList(from, Math.min(distinct.size(), from + chunkSize));
                int size = bucket(chunk.size());
                if (size == chunkSize) {
                    if (full == null) {
                        full = connection.prepareStatement(sql.forKeys(size));
                    }
                    bindList(full, leading, leadingCount, chunk, size, work);
                } else {
                    try (PreparedStatement ps = connection.prepareStatement(sql.forKeys(size))) {
                        bindList(ps, leading, leadingCount, chunk, size, work);
                    }
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            if (full != null) {
                try {
                    full.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
        if (full != null) {
            full.close();
        }
    }

    /**
     * The keys a row can have: {@code keys} less text with NUL or half of a surrogate pair, which no
     * column holds (see {@link Jdbc#setText}) and which the PostgreSQL and MariaDB drivers would send
     * as {@code ?}, naming the rows whose key is {@code ?}. Such a key can only come from a record built
     * by hand; {@code keys} itself when it holds none, as it nearly always does.
     */
    static List<?> keysOfRows(List<?> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) instanceof String text && !Jdbc.storableText(text)) {
                List<Object> kept = new ArrayList<>(keys.subList(0, i));
                for (Object key : keys.subList(i + 1, keys.size())) {
                    if (!(key instanceof String other) || Jdbc.storableText(other)) {
                        kept.add(key);
                    }
                }
                return kept;
            }
        }
        return keys;
    }

    /** Binds a chunk of keys padded to {@code size} with its last key, and runs the statement. */
    private static void bindList(PreparedStatement ps, Queries.Binder leading, int leadingCount, List<?> chunk,
            int size, Bound work) throws SQLException {
        leading.bind(ps);
        for (int i = 0; i < size; i++) {
            Object key = chunk.get(Math.min(i, chunk.size() - 1));
            // Whole number keys, the most common, bound as what they are: no type lookup in the driver.
            if (key instanceof Long value) {
                ps.setLong(leadingCount + i + 1, value);
            } else if (key instanceof Integer value) {
                ps.setInt(leadingCount + i + 1, value);
            } else {
                ps.setObject(leadingCount + i + 1, key);
            }
        }
        work.run(ps);
    }

    /**
     * The keys as a typed Java array that a driver binds as an SQL array ({@code Long[]} as
     * {@code bigint[]}, {@code Integer[]}, {@code Short[]}, {@code String[]}, {@code UUID[]}), or null
     * when they are not all of one of these types.
     */
    static Object[] arrayOf(List<?> keys) {
        Class<?> type = keys.get(0) == null ? null : keys.get(0).getClass();
        Object[] array = type == Long.class ? new Long[keys.size()]
                : type == Integer.class ? new Integer[keys.size()]
                : type == Short.class ? new Short[keys.size()]
                : type == String.class ? new String[keys.size()]
                : type == UUID.class ? new UUID[keys.size()]
                : null;
        if (array == null) {
            return null;
        }
        for (int i = 0; i < array.length; i++) {
            Object key = keys.get(i);
            if (key == null || key.getClass() != type) {
                return null;
            }
            array[i] = key;
        }
        return array;
    }

    static int bucket(int n) {
        int size = 1;
        while (size < n) {
            size <<= 1;
        }
        return size;
    }
}
