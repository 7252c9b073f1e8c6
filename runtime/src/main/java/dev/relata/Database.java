package dev.relata;

import dev.relata.internal.Constraints;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A database that generated DAOs run on: a {@link DataSource}, its {@link Dialect}, and the
 * transaction open on the current thread, if any.
 *
 * <p>Every DAO operation joins the transaction the current thread has open through this
 * {@code Database}; without one, a write runs in a transaction of its own and a read on a
 * connection of its own. A write that joins a transaction runs under a savepoint, so that when it
 * fails, it leaves the transaction as it found it.
 *
 * <pre>{@code
 * Database db = Database.of(dataSource, Dialect.POSTGRESQL);
 * db.runInTransaction(() -> {
 *     User user = userDao.insert(new User(0, "ada", true));
 *     profileDao.insert(new Profile(0, user.id(), "Ada", "London"));
 * });
 * }</pre>
 */
public final class Database {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    private Database(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * {@return a database over the data source, speaking the given dialect}
     *
     * @param dataSource where connections come from
     * @param dialect    the database's SQL dialect
     */
    public static Database of(DataSource dataSource, Dialect dialect) {
        return new Database(dataSource, dialect);
    }

    /**
     * {@return a database over the data source, with the dialect read from a connection's metadata}
     *
     * @param dataSource where connections come from
     * @throws RelataException when no connection can be had, or the database is none that Relata knows
     */
    public static Database of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return new Database(dataSource, Dialect.detect(connection.getMetaData()));
        } catch (SQLException e) {
            throw new RelataException("Cannot connect to detect the database's dialect: " + e.getMessage(), e);
        }
    }

    /** {@return the database's SQL dialect} */
    public Dialect dialect() {
        return dialect;
    }

    /** {@return where connections come from} */
    public DataSource dataSource() {
        return dataSource;
    }

    /** {@return true while the current thread has a transaction open on this database} */
    public boolean inTransaction() {
        return transaction.get() != null;
    }

    /**
     * Runs the work in a transaction and returns its result: committed when the work returns,
     * rolled back when it throws. Inside another transaction, the work joins it under a savepoint.
     *
     * @param <T>  what the work returns
     * @param work the work, which may call any DAO of this database
     * @return what the work returned
     */
    public <T> T inTransaction(Supplier<T> work) {
        return withTransaction(Constraints.NONE, connection -> work.get());
    }

    /**
     * Runs the work in a transaction, as {@link #inTransaction(Supplier)}.
     *
     * @param work the work, which may call any DAO of this database
     */
    public void runInTransaction(Runnable work) {
        withTransaction(Constraints.NONE, connection -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the work on the current transaction's connection, or on a connection of its own in
     * auto-commit mode when there is no transaction. An {@link SQLException} becomes a
     * {@link RelataException}.
     *
     * @param <T>  what the work returns
     * @param work the work
     * @return what the work returned
     */
    public <T> T withConnection(SqlWork<T> work) {
        return read(Constraints.NONE, work);
    }

    /**
     * Runs the work in a transaction, as {@link #inTransaction(Supplier)}, on its connection.
     *
     * @param <T>  what the work returns
     * @param work the work
     * @return what the work returned
     */
    public <T> T withTransaction(SqlWork<T> work) {
        return withTransaction(Constraints.NONE, work);
    }

    /**
     * For generated DAOs: runs reading work as {@link #withConnection}, translating constraint
     * failures with the DAO's catalogue of constraints.
     *
     * @param <T>         what the work returns
     * @param constraints the DAO's constraints, by name
     * @param work        the work
     * @return what the work returned
     */
    public <T> T read(Constraints constraints, SqlWork<T> work) {
        Connection joined = transaction.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw constraints.translate(e, dialect);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            try {
                return work.run(connection);
            } finally {
                if (!autoCommit) {
                    connection.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw constraints.translate(e, dialect);
        }
    }

    /**
     * For generated DAOs: runs writing work in a transaction, as {@link #withTransaction}, and
     * translates constraint failures with the DAO's catalogue of constraints.
     *
     * @param <T>         what the work returns
     * @param constraints the DAO's constraints, by name
     * @param work        the work
     * @return what the work returned
     */
    public <T> T withTransaction(Constraints constraints, SqlWork<T> work) {
        Connection joined = transaction.get();
        if (joined != null) {
            return underSavepoint(joined, constraints, work);
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new RelataException("Cannot open a connection: " + e.getMessage(), e);
        }
        try (connection) {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            transaction.set(connection);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollback(connection, e);
                throw constraints.translate(e, dialect);
            } catch (Throwable e) {
                rollback(connection, e);
                throw e;
            } finally {
                transaction.remove();
                if (autoCommit) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw constraints.translate(e, dialect);
        }
    }

    private <T> T underSavepoint(Connection connection, Constraints constraints, SqlWork<T> work) {
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw constraints.translate(e, dialect);
        }
        try {
            T result = work.run(connection);
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            rollback(connection, savepoint, e);
            throw constraints.translate(e, dialect);
        } catch (Throwable e) {
            rollback(connection, savepoint, e);
            throw e;
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint, Throwable failure) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public String toString() {
        return "Database[" + dialect + ", " + dataSource + "]";
    }
}
