package dev.relata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a query over many keys as a few {@code IN (...)} queries: chunks of at most {@value #CHUNK}
 * keys, each padded to a power of two so that the driver and the server see a handful of distinct
 * statements, not one per list size.
 */
public final class InQuery {
    /** The most keys one statement binds. */
    public static final int CHUNK = 1024;

    /** The marker in a statement that becomes the list of placeholders. */
    public static final String MARKER = "?*";

    private InQuery() {}

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql}, whose {@value #MARKER} stands for the list of keys, for every chunk of
     * {@code keys}, handing each row to {@code reader}. Does nothing for no keys.
     */
    public static void forEach(Connection connection, String sql, List<?> keys, RowReader reader) throws SQLException {
        forEach(connection, sql, ps -> { }, 0, keys, reader);
    }

    /**
     * As {@link #forEach(Connection, String, List, RowReader)}, for a statement whose first
     * {@code leadingCount} parameters, before the keys, are bound by {@code leading}.
     */
    public static void forEach(Connection connection, String sql, Queries.Binder leading, int leadingCount, List<?> keys,
            RowReader reader) throws SQLException {
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<?> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            int size = bucket(chunk.size());
            try (PreparedStatement ps = connection.prepareStatement(expand(sql, size))) {
                leading.bind(ps);
                for (int i = 0; i < size; i++) {
                    ps.setObject(leadingCount + i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }

    /** Runs {@code sql}, whose {@value #MARKER} stands for the keys, as updates; returns the rows changed. */
    public static int update(Connection connection, String sql, List<?> keys) throws SQLException {
        int changed = 0;
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<?> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            int size = bucket(chunk.size());
            try (PreparedStatement ps = connection.prepareStatement(expand(sql, size))) {
                for (int i = 0; i < size; i++) {
                    ps.setObject(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                changed += ps.executeUpdate();
            }
        }
        return changed;
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
