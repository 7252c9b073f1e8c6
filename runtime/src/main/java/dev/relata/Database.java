package dev.relata;

import dev.relata.internal.Constraints;
import dev.relata.internal.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A database that generated DAOs run on: a {@link DataSource}, its {@link Dialect}, and the
 * transactions open on it.
 *
 * <p>Two ways to make one, which differ in who owns transactions:
 * <ul>
 *   <li>{@link #of(DataSource, Dialect)}: Relata owns them. {@link #inTransaction(Supplier)} and
 *   {@link #runInTransaction(Runnable)} open one; a DAO call outside one runs in a short transaction
 *   of its own (a read on a connection in auto-commit mode needs none). It works whatever auto-commit
 *   state the pool hands connections out in, and gives every connection back in the state it came.</li>
 *   <li>{@link #joining(DataSource, Dialect)}: for a data source whose connections may already be in a
 *   transaction someone else owns (Spring's {@code TransactionAwareDataSourceProxy}, a JTA data
 *   source). A connection handed out with auto-commit off is joined: Relata's calls run in its
 *   transaction under savepoints and Relata never commits, rolls back or switches auto-commit on it.
 *   A connection in auto-commit mode gets a short transaction of Relata's own for a write.</li>
 * </ul>
 *
 * <p>A transaction is bound to the thread and to the {@code DataSource}: every {@code Database} over
 * one data source joins the transaction the thread has open on it. Inside a transaction, every DAO
 * call runs under a savepoint where a failure could harm it, so a call that throws (a refused
 * delete, a {@link OneToOneConflictException}) leaves the transaction as it was, and the work can
 * catch the exception and go on. When the database has rolled the whole transaction back (a
 * deadlock victim, see {@link TransientException}), every later call in it throws, and so does its
 * end: a transaction either commits all its work without an exception, or commits nothing and
 * throws.
 *
 * <pre>{@code
 * Database db = Database.of(dataSource, Dialect.POSTGRESQL);
 * db.runInTransaction(() -> {
 *     User user = userDao.insert(new User(0, "ada", true));
 *     profileDao.insert(new Profile(0, user.id(), "Ada", "London"));
 * });
 * }</pre>
 *
 * <p>The SQL that runs is logged through the {@link System.Logger} named {@code dev.relata.sql}:
 * statements and their timing at {@code DEBUG}, bound values at {@code TRACE}.
 */
public final class Database {
    static {
        Engine.register(db -> db.engine);
    }

    private final Engine engine;

    private Database(Engine engine) {
        this.engine = engine;
    }

    /**
     * A database over the data source, speaking the given dialect, whose transactions Relata owns:
     * begun and ended by {@link #inTransaction(Supplier)}, or by each DAO call outside one.
     *
     * @param dataSource where connections come from, in whatever auto-commit state its pool hands them out
     * @param dialect    the database's SQL dialect
     * @return the database
     */
    public static Database of(DataSource dataSource, Dialect dialect) {
        return new Database(Engine.owning(dataSource, dialect));
    }

    /**
     * As {@link #of(DataSource, Dialect)}, with the dialect read from a connection's metadata.
     *
     * @param dataSource where connections come from
     * @return the database
     * @throws RelataException when no connection can be had, or the database is none that Relata knows
     */
    public static Database of(DataSource dataSource) {
        return of(dataSource, detect(dataSource));
    }

    /**
     * A database over a data source whose connections may come in a transaction someone else owns,
     * which Relata joins and never ends; see the class documentation.
     *
     * @param dataSource where connections come from: a connection with auto-commit off is in its owner's transaction
     * @param dialect    the database's SQL dialect
     * @return the database
     */
    public static Database joining(DataSource dataSource, Dialect dialect) {
        return new Database(Engine.joining(dataSource, dialect));
    }

    /**
     * As {@link #joining(DataSource, Dialect)}, with the dialect read from a connection's metadata.
     *
     * @param dataSource where connections come from
     * @return the database
     * @throws RelataException when no connection can be had, or the database is none that Relata knows
     */
    public static Database joining(DataSource dataSource) {
        return joining(dataSource, detect(dataSource));
    }

    private static Dialect detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.detect(connection.getMetaData());
        } catch (SQLException e) {
            throw new RelataException("Cannot connect to detect the database's dialect: " + e.getMessage(), e);
        }
    }

    /** {@return the database's SQL dialect} */
    public Dialect dialect() {
        return engine.dialect();
    }

    /** {@return where connections come from} */
    public DataSource dataSource() {
        return engine.dataSource();
    }

    /**
     * True while the current thread has a transaction open through Relata on this database's data
     * source, by this {@code Database} or another one over the same data source.
     *
     * @return whether a transaction is open
     */
    public boolean inTransaction() {
        return engine.inTransaction();
    }

    /**
     * Runs the work in a transaction and returns its result: committed when the work returns,
     * rolled back when it throws. Inside another transaction, the work joins it under a savepoint,
     * and its writes are rolled back to it when it throws. Under {@link #joining}, a transaction the
     * connection comes in is joined so too, and never committed here.
     *
     * @param <T>  the result's type
     * @param work what to do in the transaction
     * @return what the work returned
     * @throws TransientException when the database rolled the transaction back as a deadlock victim
     *                            or a serialization failure, even if the work caught that exception
     */
    public <T> T inTransaction(Supplier<T> work) {
        return engine.withTransaction(Constraints.NONE, connection -> work.get());
    }

    /**
     * Runs the work in a transaction, as {@link #inTransaction(Supplier)}.
     *
     * @param work what to do in the transaction
     */
    public void runInTransaction(Runnable work) {
        engine.withTransaction(Constraints.NONE, connection -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the work on the current transaction's connection (under a savepoint on PostgreSQL, where a
     * failed statement would otherwise abort the transaction), or, when there is none, on a
     * connection of its own: in auto-commit mode if the data source hands it out so, else in a
     * transaction committed when the work returns (under {@link #of}) or in the connection's
     * transaction (under {@link #joining}). An {@link SQLException} becomes a {@link RelataException}.
     *
     * <p>On PostgreSQL, a statement that fails aborts the transaction it runs in, and work that
     * catches its exception and goes on cannot commit: when it returns, what it wrote in the
     * transaction is rolled back and it throws. To go on after a statement that may fail, run it
     * in a nested {@code withConnection}, whose savepoint takes the failure back, and catch the
     * {@link RelataException} that it throws.
     *
     * @param <T>  the result's type
     * @param work what to do with the connection
     * @return what the work returned
     * @throws RelataException when the work throws an {@link SQLException}, or, on PostgreSQL, when a
     *                         statement of the work failed in a transaction and the work went on:
     *                         nothing the work wrote in it is committed
     */
    public <T> T withConnection(SqlWork<T> work) {
        return engine.withConnection(work);
    }

    /**
     * Runs the work in a transaction, as {@link #inTransaction(Supplier)}, on its connection. On
     * PostgreSQL, work that catches a failed statement's exception and goes on cannot commit; see
     * {@link #withConnection}.
     *
     * @param <T>  the result's type
     * @param work what to do with the transaction's connection
     * @return what the work returned
     * @throws RelataException when the work throws an {@link SQLException}, or, on PostgreSQL, when a
     *                         statement of the work failed and the work went on: nothing the work
     *                         wrote is committed
     */
    public <T> T withTransaction(SqlWork<T> work) {
        return engine.withTransaction(work);
    }

    @Override
    public String toString() {
        return "Database[" + engine + "]";
    }
}
