package dev.relata.internal;

import dev.relata.RelataException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognizes a connection of Apache ShardingSphere-JDBC, which spreads a logical database over
 * several physical ones, without depending on it: by the class of the connection or of its
 * metadata (which wrappers such as pools and proxies hand through), or by a
 * {@code jdbc:shardingsphere:} URL. What differs there:
 * <ul>
 *   <li>DDL reloads ShardingSphere's metadata on another connection, which does not see a table
 *   created in a transaction not yet committed: the schema is created in auto-commit mode
 *   ({@link Schemas}).</li>
 *   <li>On PostgreSQL, a statement that fails inside a transaction marks the whole transaction, and
 *   a rollback to a savepoint does not clear the mark: {@code commit()} then rolls everything back
 *   without an exception. Relata marks such a transaction lost instead ({@link Engine}).</li>
 *   <li>Keys of a sharded table come from ShardingSphere's key generator, through
 *   {@code getGeneratedKeys}, not from a sequence of one shard ({@link Batch}).</li>
 * </ul>
 */
final class ShardingSphere {
    private static final String PACKAGE = "org.apache.shardingsphere.";

    private ShardingSphere() {}

    /**
     * The exception for a statement ShardingSphere-JDBC cannot route to a shard, or null for any
     * other failure. ShardingSphere reports these with SQLState {@code 44000} and a vendor code of
     * its sharding kernel (20000 to 20099), or a message about sharding: an insert into a sharded
     * table without a value for its sharding column, a value the algorithm maps to no shard.
     * PostgreSQL's own {@code 44000}, a view's {@code WITH CHECK OPTION}, has neither.
     */
    static RelataException unroutable(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (!"44000".equals(e.getSQLState())
                || !(e.getErrorCode() >= 20000 && e.getErrorCode() < 20100 || message.toLowerCase(Locale.ROOT).contains("sharding"))) {
            return null;
        }
        return new RelataException("ShardingSphere cannot route the statement to a shard: " + message + " A row of a"
                + " sharded table needs a value for its sharding column: give the row its key or link, or let"
                + " ShardingSphere generate the key (a keyGenerateStrategy on the key column); and every table a"
                + " statement names must be in ShardingSphere's rules (sharded, broadcast or single). Nothing was"
                + " written.", e);
    }

    /** Whether the connection is ShardingSphere-JDBC's, or a wrapper of one. */
    static boolean is(Connection connection) throws SQLException {
        if (connection.getClass().getName().startsWith(PACKAGE)) {
            return true;
        }
        DatabaseMetaData metaData = connection.getMetaData();
        if (metaData.getClass().getName().startsWith(PACKAGE)) {
            return true;
        }
        String url = metaData.getURL();
        return url != null && url.startsWith("jdbc:shardingsphere:");
    }
}
