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
    T run(Connection connection) throws SQLException;
}
