package dev.relata.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What a MariaDB server's settings allow {@link Batch} to do with many rows: read once per data
 * source (by {@link Engine}), then kept.
 *
 * <ul>
 *   <li>Many rows per statement ({@code INSERT ... VALUES (...), (...)}) on MariaDB, not on MySQL,
 *   which has no {@code INSERT ... RETURNING}: a statement is kept to half the server's
 *   {@code max_allowed_packet}, counted from a bound of the bytes of each row
 *   ({@link Sql#bytesPerRow()}), since the server closes the connection on a larger one.</li>
 *   <li>Generated keys read from such a statement only when {@code innodb_autoinc_lock_mode} is 0
 *   ("traditional") or 1 ("consecutive"): then InnoDB gives the rows of a multi-row
 *   {@code INSERT ... VALUES} (a "simple insert") consecutive values, {@code first},
 *   {@code first + increment}, ..., one row after the other in the order it inserts them, that of
 *   the {@code VALUES} list, so that statement-based replication can repeat the statement. Under
 *   2 ("interleaved", which Galera requires), another statement's keys may come between them. The
 *   keys the statement returns are required to be exactly that run ({@link Batch}); else nothing is
 *   kept.</li>
 * </ul>
 *
 * @param manyRows       whether rows may go many per statement: on MariaDB, whose settings could be read
 * @param consecutiveKeys whether a multi-row insert's generated keys are consecutive (lock mode 0 or 1)
 * @param increment      {@code auto_increment_increment}, the step between consecutive keys
 * @param maxPacket      {@code max_allowed_packet}, the largest statement the server takes, in bytes
 */
record MariaDbInserts(boolean manyRows, boolean consecutiveKeys, long increment, long maxPacket) {
    /** One row per statement, in JDBC batches: what any server allows. */
    static final MariaDbInserts BATCHES = new MariaDbInserts(false, false, 1, 0);

    /** Reads the settings; on MySQL too, which only {@code VERSION()} tells apart from MariaDB. */
    static final String SETTINGS = "SELECT VERSION(), @@innodb_autoinc_lock_mode, @@auto_increment_increment,"
            + " @@max_allowed_packet";

    /** Reads the settings of the connection's server. */
    static MariaDbInserts read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(SETTINGS)) {
            if (!rs.next()) {
                throw new SQLException("No row from: " + SETTINGS);
            }
            String version = rs.getString(1);
            long lockMode = rs.getLong(2);
            boolean lockModeKnown = !rs.wasNull();
            long increment = rs.getLong(3);
            long maxPacket = rs.getLong(4);
            return of(version, lockModeKnown ? lockMode : -1, increment, maxPacket);
        }
    }

    /**
     * What a server allows, from its {@code VERSION()}, {@code innodb_autoinc_lock_mode} (-1 when
     * unknown), {@code auto_increment_increment} and {@code max_allowed_packet}.
     */
    static MariaDbInserts of(String version, long lockMode, long increment, long maxPacket) {
        boolean mariaDb = version != null && version.toLowerCase(Locale.ROOT).contains("mariadb");
        if (!mariaDb || maxPacket <= 0) {
            return BATCHES;
        }
        boolean consecutive = (lockMode == 0 || lockMode == 1) && increment >= 1;
        return new MariaDbInserts(true, consecutive, Math.max(1, increment), maxPacket);
    }

    /**
     * How many rows of {@code sql}, a single-row insert, one statement takes: at most
     * {@code perStatement}, and as many as keep the statement, with {@code suffix} after its rows, to
     * half of {@code max_allowed_packet}. 1 when rows go one per statement: on MySQL, for a row of a
     * value without a bound, or with keys to read ({@code keys}) under interleaved keys.
     */
    int rowsPerStatement(Sql sql, String suffix, boolean keys, int perStatement) {
        long perRow = sql.bytesPerRow();
        if (!manyRows || (keys && !consecutiveKeys) || perRow < 0) {
            return 1;
        }
        long room = maxPacket / 2 - sql.bytesAroundRows() - 3L * suffix.length() - Sql.VALUE_BYTES;
        return (int) Math.max(1, Math.min(perStatement, room / perRow));
    }
}
