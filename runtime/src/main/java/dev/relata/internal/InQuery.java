package dev.relata.internal;

import dev.relata.Dialect;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Runs a query over many keys. On H2 and PostgreSQL the keys go as one array parameter
 * ({@code = ANY(?)}), in chunks of {@value #ARRAY_CHUNK}: one statement shape whatever the number of
 * keys, and both databases look each key up in the index; within a chunk, a repeated key matches its
 * row once. On MariaDB, which has no arrays, the distinct keys go as {@code IN (...)} lists: chunks of
 * at most {@value #CHUNK} keys, each padded to a power of two so that the driver and the server see a
 * handful of distinct statements, not one per list size.
 */
public final class InQuery {
    /** The most keys one {@code IN (...)} list binds. */
    public static final int CHUNK = 1024;

    /** The most keys one array parameter binds. */
    public static final int ARRAY_CHUNK = 16_384;

    /** The marker in a statement that becomes the list of placeholders. */
    public static final String MARKER = "?*";

    /** The condition on the keys, as statements write it. */
    private static final String IN_LIST = " IN (" + MARKER + ")";

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
     * Runs {@code sql}, whose {@code IN (}{@value #MARKER}{@code )} stands for the list of keys, for
     * every chunk of {@code keys}, handing each row to {@code reader}. Does nothing for no keys.
     */
    public static void forEach(Connection connection, Dialect dialect, String sql, List<?> keys, RowReader reader)
            throws SQLException {
        forEach(connection, dialect, sql, ps -> { }, 0, keys, reader);
    }

    /**
     * As {@link #forEach(Connection, Dialect, String, List, RowReader)}, for a statement whose first
     * {@code leadingCount} parameters, before the keys, are bound by {@code leading}.
     */
    public static void forEach(Connection connection, Dialect dialect, String sql, Queries.Binder leading, int leadingCount,
            List<?> keys, RowReader reader) throws SQLException {
        chunks(connection, dialect, sql, leading, leadingCount, keys, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        });
    }

    /**
     * Runs {@code sql}, whose {@code IN (}{@value #MARKER}{@code )} stands for the keys, as updates;
     * returns the rows changed.
     */
    public static int update(Connection connection, Dialect dialect, String sql, List<?> keys) throws SQLException {
        int[] changed = {0};
        chunks(connection, dialect, sql, ps -> { }, 0, keys, ps -> changed[0] += ps.executeUpdate());
        return changed[0];
    }

    private static void chunks(Connection connection, Dialect dialect, String sql, Queries.Binder leading, int leadingCount,
            List<?> keys, Bound work) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        String arrayType = dialect == Dialect.MARIADB ? null : arrayType(keys);
        int at = sql.indexOf(IN_LIST);
        if (arrayType != null && at >= 0) {
            String anySql = sql.substring(0, at) + " = ANY(?)" + sql.substring(at + IN_LIST.length());
            try (PreparedStatement ps = connection.prepareStatement(anySql)) {
                for (int from = 0; from < keys.size(); from += ARRAY_CHUNK) {
                    List<?> chunk = keys.subList(from, Math.min(keys.size(), from + ARRAY_CHUNK));
                    leading.bind(ps);
                    Array array = connection.createArrayOf(arrayType, chunk.toArray());
                    try {
                        ps.setArray(leadingCount + 1, array);
                        work.run(ps);
                    } catch (SQLException | RuntimeException | Error e) {
                        // The statement's failure is what to report, not freeing the array after it.
                        try {
                            array.free();
                        } catch (SQLException freeing) {
                            e.addSuppressed(freeing);
                        }
                        throw e;
                    }
                    array.free();
                }
            }
            return;
        }
        List<?> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<?> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            int size = bucket(chunk.size());
            try (PreparedStatement ps = connection.prepareStatement(expand(sql, size))) {
                leading.bind(ps);
                for (int i = 0; i < size; i++) {
                    ps.setObject(leadingCount + i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                work.run(ps);
            }
        }
    }

    /** The SQL element type of an array of these keys, or null when they are not all of one key type. */
    static String arrayType(List<?> keys) {
        Class<?> type = keys.get(0) == null ? null : keys.get(0).getClass();
        String name = type == Long.class ? "bigint"
                : type == Integer.class ? "integer"
                : type == Short.class ? "smallint"
                : type == String.class ? "varchar"
                : type == UUID.class ? "uuid"
                : null;
        if (name == null) {
            return null;
        }
        for (Object key : keys) {
            if (key == null || key.getClass() != type) {
                return null;
            }
        }
        return name;
    }

    static int bucket(int n) {
        int size = 1;
        while (size < n) {
            size <<= 1;
        }
        return size;
    }

    static String expand(String sql, int n) {
        int at = sql.indexOf(MARKER);
        if (at < 0) {
            throw new IllegalArgumentException("No " + MARKER + " in " + sql);
        }
        StringBuilder out = new StringBuilder(sql.length() + 3 * n);
        out.append(sql, 0, at);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "?" : ", ?");
        }
        return out.append(sql, at + MARKER.length(), sql.length()).toString();
    }
}
