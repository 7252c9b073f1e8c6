package dev.relata;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on a JDBC connection, run by {@link Database#withConnection} or
 * {@link Database#withTransaction}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {
    /**
     * Does the work.
     *
     * @param connection the connection to work on; not to be closed by the work
     * @return the work's result
     * @throws SQLException when a statement fails
     */
    T run(Connection connection) throws SQLException;
}
