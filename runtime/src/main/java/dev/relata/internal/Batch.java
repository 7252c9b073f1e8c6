package dev.relata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows with one {@code INSERT ... VALUES (...)} statement. On H2 and PostgreSQL: as
 * multi-row statements of up to {@value #SIZE} rows ({@code VALUES (...), (...), ...}), reading the
 * generated keys back in the rows' order, which costs the database one statement, and the driver one
 * round trip, per {@value #SIZE} rows. On MariaDB and MySQL: as JDBC batches of {@value #SIZE} rows,
 * which their drivers split to the server's packet size.
 */
public final class Batch {
    /** The most rows one statement inserts. */
    public static final int SIZE = 500;

    /** The most parameters one statement binds: PostgreSQL's protocol counts them in 16 bits. */
    static final int MAX_PARAMETERS = 32_767;

    private Batch() {}

    /** Binds the parameters of the row at {@code index}, the first of them at parameter {@code first}. */
    @FunctionalInterface
    public interface RowBinder {
        void bind(PreparedStatement ps, int index, int first) throws SQLException;
    }

    /** Reads the generated key of the row at an index from the current row of the keys. */
    @FunctionalInterface
    public interface KeyReader {
        void read(int index, ResultSet keys) throws SQLException;
    }

    /**
     * Inserts the rows at {@code indexes}, in order, with {@code sql}: a single-row
     * {@code INSERT ... VALUES (...)} whose parameters {@code binder} binds. With {@code keyColumns},
     * reads each row's generated key with {@code keys}.
     */
    public static void insert(Connection connection, Sql sql, String[] keyColumns, List<Integer> indexes,
            RowBinder binder, KeyReader keys) throws SQLException {
        if (indexes.isEmpty()) {
            return;
        }
        KeyReader reader = keyColumns == null ? null : keys;
        if (!sql.hasRepeatableRow() || !sql.dialect().insertsManyRowsPerStatement()) {
            singleRowBatches(connection, sql.text(), keyColumns, indexes, binder, reader);
            return;
        }
        String[] driverKeys = reader != null ? keyColumns : null;
        int perRow = sql.parametersPerRow();
        int rowsPerStatement = rowsPerStatement(perRow);
        int full = indexes.size() / rowsPerStatement * rowsPerStatement;
        if (full > 0) {
            statements(connection, sql.forRows(rowsPerStatement), driverKeys,
                    indexes.subList(0, full), rowsPerStatement, perRow, binder, reader);
        }
        if (full < indexes.size()) {
            int rest = indexes.size() - full;
            statements(connection, sql.forRows(rest), driverKeys,
                    indexes.subList(full, indexes.size()), rest, perRow, binder, reader);
        }
    }

    /**
     * Runs one prepared multi-row statement of {@code rows} rows as many times as {@code indexes} need,
     * reading keys through the driver ({@code driverKeys}), or not at all ({@code keys} null).
     */
    private static void statements(Connection connection, String sql, String[] driverKeys, List<Integer> indexes,
            int rows, int perRow, RowBinder binder, KeyReader keys) throws SQLException {
        try (PreparedStatement ps = driverKeys == null ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, driverKeys)) {
            for (int from = 0; from < indexes.size(); from += rows) {
                for (int row = 0; row < rows; row++) {
                    binder.bind(ps, indexes.get(from + row), 1 + row * perRow);
                }
                ps.executeUpdate();
                if (keys != null) {
                    try (ResultSet generated = ps.getGeneratedKeys()) {
                        readKeys(generated, indexes, from, from + rows, keys);
                    }
                }
            }
        }
    }

    /**
     * JDBC batches of single-row statements: for a row without values ({@code DEFAULT VALUES}), and
     * on MariaDB and MySQL.
     */
    private static void singleRowBatches(Connection connection, String sql, String[] keyColumns, List<Integer> indexes,
            RowBinder binder, KeyReader keys) throws SQLException {
        try (PreparedStatement ps = keyColumns == null ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, keyColumns)) {
            for (int from = 0; from < indexes.size(); from += SIZE) {
                int to = Math.min(indexes.size(), from + SIZE);
                for (int i = from; i < to; i++) {
                    binder.bind(ps, indexes.get(i), 1);
                    ps.addBatch();
                }
                ps.executeBatch();
                if (keyColumns != null) {
                    try (ResultSet generated = ps.getGeneratedKeys()) {
                        readKeys(generated, indexes, from, to, keys);
                    }
                }
            }
        }
    }

    private static void readKeys(ResultSet generated, List<Integer> indexes, int from, int to, KeyReader keys)
            throws SQLException {
        for (int i = from; i < to; i++) {
            if (!generated.next()) {
                throw new SQLException("The driver returned fewer generated keys than rows inserted");
            }
            keys.read(indexes.get(i), generated);
        }
    }

    /** How many rows of {@code perRow} parameters one statement inserts. */
    static int rowsPerStatement(int perRow) {
        return Math.max(1, Math.min(SIZE, MAX_PARAMETERS / Math.max(1, perRow)));
    }
}
