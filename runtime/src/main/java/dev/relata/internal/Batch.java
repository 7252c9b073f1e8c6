package dev.relata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs one statement for many rows as JDBC batches of {@value #SIZE}, reading generated keys. */
public final class Batch {
    /** Rows per JDBC batch. */
    public static final int SIZE = 500;

    private Batch() {}

    /** Binds the parameters for the row at an index. */
    @FunctionalInterface
    public interface RowBinder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    /** Reads the generated key of the row at an index from the current row of the keys. */
    @FunctionalInterface
    public interface KeyReader {
        void read(int index, ResultSet keys) throws SQLException;
    }

    /**
     * Executes {@code sql} once for each of {@code indexes}, in order. With {@code keyColumns},
     * reads each row's generated key with {@code keys}.
     */
    public static void run(Connection connection, String sql, String[] keyColumns, List<Integer> indexes,
            RowBinder binder, KeyReader keys) throws SQLException {
        if (indexes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = keyColumns == null ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, keyColumns)) {
            for (int from = 0; from < indexes.size(); from += SIZE) {
                int to = Math.min(indexes.size(), from + SIZE);
                for (int i = from; i < to; i++) {
                    binder.bind(ps, indexes.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
                if (keyColumns != null) {
                    try (ResultSet generated = ps.getGeneratedKeys()) {
                        for (int i = from; i < to; i++) {
                            if (!generated.next()) {
                                throw new SQLException("The driver returned fewer generated keys than rows inserted");
                            }
                            keys.read(indexes.get(i), generated);
                        }
                    }
                }
            }
        }
    }
}
