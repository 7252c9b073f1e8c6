package dev.relata.internal;

import dev.relata.Dialect;
import dev.relata.RelataException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Inserts many rows with one {@code INSERT ... VALUES (...)} statement. On H2 and PostgreSQL: as
 * multi-row statements of up to {@value #SIZE} rows ({@code VALUES (...), (...), ...}), which costs
 * the database one statement, and the driver one round trip, per {@value #SIZE} rows. Generated keys
 * are matched to rows only by what the database guarantees: H2 returns them in the rows' order
 * ({@link dev.relata.Dialect#returnsKeysInRowOrder()}); on PostgreSQL the keys are drawn from the
 * column's sequence first, in one statement, and inserted with the rows. Through ShardingSphere-JDBC,
 * where a sequence is a shard's own, the keys are those its key generator makes for the rows of each
 * statement, which it returns in the rows' order.
 *
 * <p>On MariaDB, as multi-row statements too when the server's settings allow, read once per data
 * source ({@link MariaDbInserts}): each statement kept to half the server's {@code max_allowed_packet}
 * by a bound of the bytes of a row that the generated DAO gives ({@link Sql#of(dev.relata.Dialect,
 * String, long)}), since the server closes the connection on a larger one. Generated keys are read
 * from such a statement ({@code RETURNING} the key column) only when {@code innodb_autoinc_lock_mode}
 * is 0 or 1, under which InnoDB gives the rows of one multi-row insert consecutive keys in the order
 * of its rows, the first being {@code LAST_INSERT_ID()}: the keys returned must be exactly
 * {@code first}, {@code first + auto_increment_increment}, and so on, and row {@code i} gets the
 * {@code i}-th of them. The order in which {@code RETURNING} hands back the rows, which MariaDB does
 * not document, is not relied on: any other order fails the check, with a {@link RelataException}
 * before the caller's transaction commits anything. Otherwise (MySQL, which has no
 * {@code RETURNING}; lock mode 2, "interleaved"; settings that cannot be read; a row with a value
 * without a bound, such as a {@code BigDecimal} or {@code byte[]}), rows go as JDBC batches of the
 * single-row statement, whose keys the driver reads statement by statement, and which the driver
 * splits to the packet size itself.
 */
public final class Batch {
    /** The most rows one statement inserts. */
    public static final int SIZE = 500;

    /** The most parameters one statement binds: PostgreSQL's protocol counts them in 16 bits. */
    static final int MAX_PARAMETERS = 32_767;

    /**
     * Draws keys from the sequence of a key column on PostgreSQL: table and column, then how many.
     * The sequence is looked up once per statement; {@code nextval(NULL)} is null when there is none.
     */
    static final String DRAW_KEYS = "WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(?, ?)::regclass AS seq)"
            + " SELECT nextval(s.seq) AS k FROM s, generate_series(1, ?) ORDER BY 1";

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

    /** The indexes {@code 0} to {@code size - 1}, in order: every row of a list of {@code size}. */
    public static List<Integer> indexes(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    /**
     * Inserts the rows at {@code indexes}, in order, with {@code sql}: a single-row
     * {@code INSERT ... VALUES (...)} whose parameters {@code binder} binds. With {@code keyColumns},
     * reads each row's generated key with {@code keys}. The connection is one of {@code engine}'s,
     * which knows whether it is ShardingSphere-JDBC's once any connection of its data source told.
     */
    public static void insert(Engine engine, Connection connection, Sql sql, String[] keyColumns, List<Integer> indexes,
            RowBinder binder, KeyReader keys) throws SQLException {
        if (indexes.isEmpty()) {
            return;
        }
        KeyReader reader = keyColumns == null ? null : keys;
        if (sql.hasRepeatableRow() && sql.dialect() == Dialect.MARIADB && indexes.size() > 1) {
            mariaDb(engine, connection, sql, keyColumns, indexes, binder, reader);
            return;
        }
        if (!sql.hasRepeatableRow() || !sql.dialect().insertsManyRowsPerStatement()) {
            singleRowBatches(connection, sql.text(), keyColumns, indexes, binder, reader);
            return;
        }
        boolean keysOfShardingSphere = false;
        if (reader != null && !sql.dialect().returnsKeysInRowOrder()) {
            keysOfShardingSphere = engine.shardingSphere(connection);
            if (!keysOfShardingSphere) {
                withDrawnKeys(engine, connection, sql, keyColumns, indexes, binder, reader);
                return;
            }
        }
        String[] driverKeys = reader != null ? keyColumns : null;
        String checkedKey = keysOfShardingSphere ? keyColumns[0] : null;
        int perRow = sql.parametersPerRow();
        int rowsPerStatement = rowsPerStatement(perRow);
        int full = indexes.size() / rowsPerStatement * rowsPerStatement;
        if (full > 0) {
            statements(connection, sql.forRows(rowsPerStatement), driverKeys, checkedKey,
                    indexes.subList(0, full), rowsPerStatement, perRow, binder, reader);
        }
        if (full < indexes.size()) {
            int rest = indexes.size() - full;
            statements(connection, sql.forRows(rest), driverKeys, checkedKey,
                    indexes.subList(full, indexes.size()), rest, perRow, binder, reader);
        }
    }

    /**
     * Draws a key for every row from the sequence of the key column, then inserts the rows with their
     * keys given, many rows per statement: nothing depends on the order in which the database returns
     * rows. The keys come in ascending order, so that rows inserted in order get increasing keys. A key
     * column without a sequence (a default or trigger of the user's own) has its rows inserted one
     * statement each, in JDBC batches, whose keys come back statement by statement.
     */
    private static void withDrawnKeys(Engine engine, Connection connection, Sql sql, String[] keyColumns, List<Integer> indexes,
            RowBinder binder, KeyReader keys) throws SQLException {
        String table = sql.insertTable();
        if (table == null) {
            singleRowBatches(connection, sql.text(), keyColumns, indexes, binder, keys);
            return;
        }
        int rows = indexes.size();
        long[] keyOf = new long[maxIndex(indexes) + 1];
        boolean drawn = true;
        try (PreparedStatement draw = connection.prepareStatement(DRAW_KEYS)) {
            draw.setString(1, table);
            draw.setString(2, keyColumns[0]);
            draw.setInt(3, rows);
            try (ResultSet generated = draw.executeQuery()) {
                for (int i = 0; i < rows && drawn; i++) {
                    if (!generated.next()) {
                        throw new SQLException("The database drew fewer keys than rows to insert");
                    }
                    long key = generated.getLong(1);
                    drawn = !generated.wasNull();
                    if (drawn) {
                        keyOf[indexes.get(i)] = key;
                        keys.read(indexes.get(i), generated);
                    }
                }
            }
        }
        if (!drawn) {
            singleRowBatches(connection, sql.text(), keyColumns, indexes, binder, keys);
            return;
        }
        insert(engine, connection, sql.withLeadingColumn(sql.dialect().quote(keyColumns[0])), null, indexes,
                (ps, index, first) -> {
                    ps.setLong(first, keyOf[index]);
                    binder.bind(ps, index, first + 1);
                }, null);
    }

    /**
     * Inserts on MariaDB: multi-row statements when the server's settings allow
     * ({@link MariaDbInserts#rowsPerStatement}), their keys read with {@code RETURNING} and checked to
     * be consecutive; else JDBC batches. Through ShardingSphere-JDBC, which splits a multi-row
     * statement among shards, always JDBC batches.
     */
    private static void mariaDb(Engine engine, Connection connection, Sql sql, String[] keyColumns, List<Integer> indexes,
            RowBinder binder, KeyReader keys) throws SQLException {
        MariaDbInserts server = engine.mariaDbInserts(connection);
        String returning = keys == null ? "" : " RETURNING " + sql.dialect().quote(keyColumns[0]);
        int perRow = sql.parametersPerRow();
        int rowsPerStatement = server.rowsPerStatement(sql, returning, keys != null, rowsPerStatement(perRow));
        if (rowsPerStatement < 2 || engine.shardingSphere(connection)) {
            singleRowBatches(connection, sql.text(), keyColumns, indexes, binder, keys);
            return;
        }
        int full = indexes.size() / rowsPerStatement * rowsPerStatement;
        if (full > 0) {
            returning(connection, sql.forRows(rowsPerStatement) + returning, indexes.subList(0, full), rowsPerStatement,
                    perRow, binder, keys, server.increment());
        }
        if (full < indexes.size()) {
            int rest = indexes.size() - full;
            returning(connection, sql.forRows(rest) + returning, indexes.subList(full, indexes.size()), rest, perRow,
                    binder, keys, server.increment());
        }
    }

    /**
     * Runs one prepared multi-row statement of {@code rows} rows as many times as {@code indexes} need;
     * with {@code keys}, the statement returns the rows' generated keys, which must run from the
     * first by {@code increment} ({@link #readConsecutiveKeys}).
     */
    private static void returning(Connection connection, String sql, List<Integer> indexes, int rows, int perRow,
            RowBinder binder, KeyReader keys, long increment) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int from = 0; from < indexes.size(); from += rows) {
                for (int row = 0; row < rows; row++) {
                    binder.bind(ps, indexes.get(from + row), 1 + row * perRow);
                }
                if (keys == null) {
                    ps.executeUpdate();
                } else {
                    try (ResultSet generated = ps.executeQuery()) {
                        readConsecutiveKeys(generated, indexes, from, from + rows, increment, keys, sql);
                    }
                }
            }
        }
    }

    /**
     * Reads the keys of the rows at {@code indexes[from, to)}, which one multi-row insert has just
     * given consecutive keys in the order of its rows: the keys returned must be the first,
     * first + {@code increment}, and so on, each the key of the row at its place. Any other keys (a
     * server whose keys interleave after all, a session with another {@code auto_increment_increment},
     * a trigger that sets keys, keys returned in another order) are refused: the caller's transaction
     * then keeps nothing of the statement.
     */
    static void readConsecutiveKeys(ResultSet generated, List<Integer> indexes, int from, int to, long increment,
            KeyReader keys, String sql) throws SQLException {
        long first = 0;
        for (int i = from; i < to; i++) {
            if (!generated.next()) {
                throw new SQLException("The database returned fewer generated keys than rows inserted");
            }
            long key = generated.getLong(1);
            if (i == from) {
                first = key;
            } else if (key != first + (i - from) * increment) {
                throw notConsecutive(sql, increment);
            }
            keys.read(indexes.get(i), generated);
        }
        if (generated.next()) {
            throw new SQLException("The database returned more generated keys than rows inserted");
        }
    }

    private static RelataException notConsecutive(String sql, long increment) {
        String statement = sql.length() > 200 ? sql.substring(0, 200) + "..." : sql;
        return new RelataException("MariaDB gave the rows of one multi-row INSERT keys that do not run from the"
                + " first by auto_increment_increment (" + increment + ", as read when the data source was first used),"
                + " so they cannot be matched to the rows: check that innodb_autoinc_lock_mode is 0 or 1, that no session"
                + " changes auto_increment_increment, and that no trigger sets the key; nothing was written. Statement: "
                + statement);
    }

    private static int maxIndex(List<Integer> indexes) {
        int max = 0;
        for (int index : indexes) {
            max = Math.max(max, index);
        }
        return max;
    }

    /**
     * Runs one prepared multi-row statement of {@code rows} rows as many times as {@code indexes} need,
     * reading keys through the driver ({@code driverKeys}), or not at all ({@code keys} null). With
     * {@code shardingSphereKey}, the keys are taken only when
     * ShardingSphere-JDBC's key generator made them (see {@link #checkShardingSphereKeys}).
     */
    private static void statements(Connection connection, String sql, String[] driverKeys, String shardingSphereKey,
            List<Integer> indexes, int rows, int perRow, RowBinder binder, KeyReader keys) throws SQLException {
        try (PreparedStatement ps = driverKeys == null ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, driverKeys)) {
            for (int from = 0; from < indexes.size(); from += rows) {
                for (int row = 0; row < rows; row++) {
                    binder.bind(ps, indexes.get(from + row), 1 + row * perRow);
                }
                ps.executeUpdate();
                if (keys != null) {
                    try (ResultSet generated = ps.getGeneratedKeys()) {
                        if (shardingSphereKey != null) {
                            checkShardingSphereKeys(generated, shardingSphereKey, sql);
                        }
                        readKeys(generated, indexes, from, from + rows, keys);
                    }
                }
            }
        }
    }

    /**
     * The generated key of a single-row {@code insert} that {@code ps} has just run, positioned on
     * its row. Through ShardingSphere-JDBC on PostgreSQL, only a key its key generator made is taken
     * (see {@link #checkShardingSphereKeys}): a key drawn from one shard's own sequence may be drawn
     * by another shard's too. Then the caller's transaction undoes the row. The connection is one
     * of {@code engine}'s, which knows whether it is ShardingSphere-JDBC's.
     */
    public static ResultSet generatedKey(Engine engine, Connection connection, PreparedStatement ps, Sql sql,
            String keyColumn) throws SQLException {
        ResultSet keys = ps.getGeneratedKeys();
        try {
            if (!sql.dialect().returnsKeysInRowOrder() && engine.shardingSphere(connection)) {
                checkShardingSphereKeys(keys, keyColumn, sql.text());
            }
            keys.next();
            return keys;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                keys.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Refuses the keys of an insert through ShardingSphere-JDBC unless its key generator
     * made them ({@code keyGenerateStrategy} of the key column: SNOWFLAKE, say), which it hands
     * back in the order of the statement's rows, under the key column's name. Else they are the keys
     * of the statements ShardingSphere ran on the shards, one shard after another, in no order that
     * matches the rows, and each shard's sequence draws keys that another shard may draw too.
     */
    private static void checkShardingSphereKeys(ResultSet generated, String keyColumn, String sql) throws SQLException {
        String label = generated.getMetaData().getColumnLabel(1);
        if (label == null || !label.equalsIgnoreCase(keyColumn)) {
            throw new RelataException("ShardingSphere did not generate the keys of the rows inserted by " + sql
                    + ": configure a keyGenerateStrategy (such as SNOWFLAKE) for the table's key column " + keyColumn
                    + " in ShardingSphere's sharding rule, or give the rows their keys; nothing was written.");
        }
    }

    /**
     * JDBC batches of single-row statements: for a row without values ({@code DEFAULT VALUES}), on
     * MySQL, and on MariaDB when its settings or the row's values keep rows one per statement.
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
