package dev.relata.internal;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.SqlWork;
import dev.relata.TransientException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * How work runs on a {@link Database}'s connections: the transactions behind {@link Database}'s
 * methods and every generated DAO call.
 *
 * <p>A transaction Relata has open is bound to the thread and to the {@link DataSource}, so every
 * {@code Database} over one data source shares it. Inside it, each call runs under a savepoint
 * (reads too on PostgreSQL, where any failed statement aborts the transaction), so that a call that
 * fails leaves the transaction as it was. When the database has rolled the whole transaction back
 * (a deadlock victim on H2 or MariaDB, a lost connection) or its state is unknown (a rollback to a
 * savepoint failed), the transaction is marked: every later call in it throws, and so does its end,
 * which rolls back. A transaction ends in one of two states: committed with no exception, or
 * rolled back with one. A connection whose state is unknown is aborted and closed, never handed
 * back with auto-commit switched on over half-done work. A JDBC call that throws an unchecked
 * exception (a proxy's, or ShardingSphere-JDBC's own) is a failed call like any other: the
 * connection is still rolled back or discarded, and closed, and the exception goes on as thrown.
 *
 * <p>Owning ({@link Database#of}) and joining ({@link Database#joining}) differ in what a connection
 * handed out with auto-commit off means: a connection for Relata to use in transactions it commits,
 * or a transaction someone else owns, which Relata joins under savepoints and never commits, rolls
 * back, or switches to auto-commit.
 */
public final class Engine {
    /** How generated code reaches a {@link Database}'s engine; set once, by {@code Database} itself. */
    private static volatile Function<Database, Engine> engines;

    /** The transactions open on each thread, by the data source they run on. */
    private static final ThreadLocal<Map<DataSource, Transaction>> BOUND = new ThreadLocal<>();

    private static final System.Logger LOGGER = System.getLogger("dev.relata");

    /** Why a transaction through ShardingSphere-JDBC on PostgreSQL is lost after a failed statement. */
    private static final String SHARDING_SPHERE_ABORTED = "A statement failed in this transaction through"
            + " ShardingSphere-JDBC on PostgreSQL, which then rolls the whole transaction back at commit, even after a"
            + " rollback to a savepoint";

    /** Why the application's own work in a transaction of Relata's on PostgreSQL committed nothing; see {@link #owned}. */
    private static final String POSTGRESQL_ABORTED = "A statement of the work failed and the work went on: PostgreSQL"
            + " aborted the transaction at that statement, and Relata rolled it back, committing nothing of it."
            + " Let the statement's SQLException propagate, or run the statement in a nested withConnection, which runs"
            + " it under a savepoint, and catch the RelataException that it throws.";

    /** The same, for such work inside a transaction, which goes on without what the work wrote. */
    private static final String POSTGRESQL_ABORTED_INSIDE = "A statement of the work failed and the work went on:"
            + " PostgreSQL aborted the transaction at that statement, and Relata rolled back what the work wrote, to where"
            + " it began; the transaction goes on. Let the statement's SQLException propagate, or run the statement in a"
            + " nested withConnection, which runs it under a savepoint, and catch the RelataException that it throws.";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final boolean joining;

    /**
     * Whether the data source's connections are ShardingSphere-JDBC's: null until a connection could
     * tell, then known for good, so that it is asked once per data source.
     */
    private volatile Boolean shardingSphere;

    /**
     * What the data source's MariaDB or MySQL server allows of many-row inserts: null until a connection
     * could read its settings, then known for good; see {@link #mariaDbInserts}.
     */
    private volatile MariaDbInserts mariaDbInserts;

    private Engine(DataSource dataSource, Dialect dialect, boolean joining) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.joining = joining;
    }

    /** An engine that owns the transactions on the data source's connections. */
    public static Engine owning(DataSource dataSource, Dialect dialect) {
        return new Engine(dataSource, dialect, false);
    }

    /** An engine that joins the transactions that connections are handed out in. */
    public static Engine joining(DataSource dataSource, Dialect dialect) {
        return new Engine(dataSource, dialect, true);
    }

    /** Called once, by {@link Database}, to let {@link #of} find a database's engine. */
    public static synchronized void register(Function<Database, Engine> access) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (caller != Database.class || engines != null) {
            throw new IllegalStateException("Only Database registers, once, how to find its engine");
        }
        engines = access;
    }

    /** The engine of a database: what generated DAOs run their statements on. */
    public static Engine of(Database db) {
        return engines.apply(Objects.requireNonNull(db, "db"));
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether the current thread has a transaction open through Relata on this engine's data source. */
    public boolean inTransaction() {
        return bound() != null;
    }

    /**
     * Whether work on the current thread would run in a transaction that is open already: one that
     * Relata has open on the data source, or, under {@link Database#joining}, the transaction of
     * someone else that a connection of the data source comes in (with auto-commit off), which
     * takes a connection to find out. Under {@link Database#of}, a connection that comes with
     * auto-commit off is one for Relata to begin and commit transactions on, and none is open yet.
     */
    public boolean inOpenTransaction() {
        if (bound() != null) {
            return true;
        }
        if (!joining) {
            return false;
        }
        Connection connection = open();
        boolean autoCommit = autoCommit(connection, Constraints.NONE);
        close(connection, null);
        return !autoCommit;
    }

    /**
     * One statement's read on a connection, given the statement and two values to run it with (what
     * binds its parameters and what reads its rows, for the {@link Queries} methods): a method
     * reference that captures nothing, so that a read outside a transaction allocates no work of
     * its own; see {@link #read(Constraints, Query, Sql, Object, Object)}.
     */
    @FunctionalInterface
    public interface Query<A, B, T> {
        T run(Connection connection, Sql sql, A first, B second) throws SQLException;
    }

    /** A {@link Query} whose first value is a {@code long}, such as a key to bind, passed unboxed. */
    @FunctionalInterface
    public interface LongQuery<B, T> {
        T run(Connection connection, Sql sql, long first, B second) throws SQLException;
    }

    /**
     * Runs work that only reads: on the current transaction's connection (under a savepoint where a
     * failed statement would abort the transaction), or without one on a connection of its own, in
     * auto-commit mode or, when the connection comes without it, in a transaction of its own (under
     * {@link Database#of}) or in the connection's transaction (under {@link Database#joining}).
     * Failures become typed exceptions through {@code constraints}.
     */
    public <T> T read(Constraints constraints, SqlWork<T> work) {
        return read(constraints, Engine::run, null, null, work, 0, null, false);
    }

    /**
     * Runs the application's own work on a connection, as {@link #read(Constraints, SqlWork)} runs
     * a generated call's: what {@link Database#withConnection} does. Unlike a generated call's,
     * the work may catch a failed statement's exception and go on, which {@link #owned} checks.
     */
    public <T> T withConnection(SqlWork<T> work) {
        return read(Constraints.NONE, Engine::run, null, null, work, 0, null, true);
    }

    /** The query of {@link #read(Constraints, SqlWork)}: runs the work. */
    private static <T> T run(Connection connection, Sql unused, SqlWork<T> work, Object none) throws SQLException {
        return work.run(connection);
    }

    /**
     * Runs {@code query.run(connection, sql, first, second)} as {@link #read(Constraints, SqlWork)}
     * runs work. Outside a transaction, on a connection in auto-commit mode (the usual pooled
     * connection), the connection sees {@code getAutoCommit()}, the query's own calls and
     * {@code close()}, and nothing is allocated beyond what the query allocates.
     */
    public <A, B, T> T read(Constraints constraints, Query<A, B, T> query, Sql sql, A first, B second) {
        return read(constraints, query, null, sql, first, 0, second, false);
    }

    /** Runs a {@link LongQuery} as {@link #read(Constraints, Query, Sql, Object, Object)} runs a query. */
    public <B, T> T read(Constraints constraints, LongQuery<B, T> query, Sql sql, long first, B second) {
        return read(constraints, null, query, sql, null, first, second, false);
    }

    /**
     * The reads above in one: runs {@code query} with {@code first}, or, when it is null,
     * {@code longQuery} with {@code longFirst}, so that a {@code long} key is never boxed;
     * {@code application} when the query runs the application's own work.
     */
    private <A, B, T> T read(Constraints constraints, Query<A, B, T> query, LongQuery<B, T> longQuery, Sql sql, A first,
            long longFirst, B second, boolean application) {
        Connection connection = bound() == null ? open() : null;
        if (connection == null || !autoCommit(connection, constraints)) {
            return read(constraints, connection, c -> query != null ? query.run(c, sql, first, second)
                    : longQuery.run(c, sql, longFirst, second), application);
        }
        T result;
        try {
            Connection logged = SqlLog.wrap(connection);
            result = query != null ? query.run(logged, sql, first, second) : longQuery.run(logged, sql, longFirst, second);
        } catch (SQLException e) {
            throw failed(connection, constraints, e);
        } catch (Throwable e) {
            close(connection, e);
            throw e;
        }
        close(connection, null);
        return result;
    }

    /**
     * A read that is not alone on a connection in auto-commit mode: inside the current transaction when
     * {@code connection} is null, else on that connection, which came without auto-commit;
     * {@code application} when the work is the application's own.
     */
    private <T> T read(Constraints constraints, Connection connection, SqlWork<T> work, boolean application) {
        boolean savepoint = Failures.failureAbortsTransaction(dialect);
        if (connection == null) {
            return inside(bound(), constraints, work, savepoint);
        }
        return joining ? joined(connection, constraints, work, savepoint)
                : owned(connection, false, constraints, work, application);
    }

    /** The typed exception of a read that failed alone on a connection in auto-commit mode, which is closed. */
    private RelataException failed(Connection connection, Constraints constraints, SQLException e) {
        RelataException failure = translate(constraints, e, connection);
        close(connection, failure);
        return failure;
    }

    /**
     * Runs work that may write, all or nothing: inside the current transaction under a savepoint,
     * or in a transaction of its own, or, under {@link Database#joining}, under a savepoint in the
     * transaction a connection comes in. Failures become typed exceptions through {@code constraints}.
     */
    public <T> T withTransaction(Constraints constraints, SqlWork<T> work) {
        return withTransaction(constraints, work, false);
    }

    /**
     * Runs the application's own work in a transaction, as {@link #withTransaction(Constraints, SqlWork)}
     * runs a generated call's: what {@link Database#withTransaction} does. Unlike a generated call's,
     * the work may catch a failed statement's exception and go on, which {@link #owned} checks.
     */
    public <T> T withTransaction(SqlWork<T> work) {
        return withTransaction(Constraints.NONE, work, true);
    }

    /** {@link #withTransaction(Constraints, SqlWork)}; {@code application} when the work is the application's own. */
    private <T> T withTransaction(Constraints constraints, SqlWork<T> work, boolean application) {
        Transaction current = bound();
        if (current != null) {
            return inside(current, constraints, work, true);
        }
        Connection connection = open();
        boolean autoCommit = autoCommit(connection, constraints);
        if (joining && !autoCommit) {
            return joined(connection, constraints, work, true);
        }
        return owned(connection, autoCommit, constraints, work, application);
    }

    private Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new RelataException("Cannot open a connection: " + e.getMessage(), e);
        }
    }

    /**
     * The connection's auto-commit mode. When it cannot be told, the connection is given up (see
     * {@link #giveUp}).
     */
    private boolean autoCommit(Connection connection, Constraints constraints) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            RelataException failure = translate(constraints, e, connection);
            giveUp(connection, failure);
            throw failure;
        } catch (RuntimeException e) {
            giveUp(connection, e);
            throw e;
        }
    }

    /**
     * Gives up a connection that Relata has begun nothing on, after a failure: under
     * {@link dev.relata.Database#joining} closed, which gives it back to its owner, whose transaction it
     * may hold and who alone ends that; otherwise discarded, as a connection of Relata's own.
     */
    private void giveUp(Connection connection, Throwable failure) {
        if (joining) {
            close(connection, failure);
        } else {
            discard(connection, failure);
        }
    }

    /** Work in someone else's transaction: bound for its duration, under a savepoint, never ended here. */
    private <T> T joined(Connection connection, Constraints constraints, SqlWork<T> work, boolean savepoint) {
        Transaction transaction = bind(new Transaction(connection, false));
        Throwable failure = null;
        try {
            return inside(transaction, constraints, work, savepoint);
        } catch (Throwable e) {
            failure = e;
            throw e;
        } finally {
            unbind();
            close(connection, failure);
        }
    }

    /**
     * Work in a transaction of Relata's own on a connection of its own: committed when the work
     * returns, rolled back when it throws or when the database has rolled it back already.
     *
     * <p>The application's own work ({@code application}) runs statements of its own, and may catch
     * a failed one's exception and go on. On PostgreSQL that statement has aborted the transaction:
     * every later statement fails, and the commit rolls everything back without an exception
     * (pgjdbc reports none). So before committing such work, a trivial statement asks, and an
     * aborted transaction is rolled back and throws. Generated calls never go on after a failed
     * statement, and pay for no such round trip.
     */
    private <T> T owned(Connection connection, boolean autoCommit, Constraints constraints, SqlWork<T> work,
            boolean application) {
        if (autoCommit) {
            // Refused, the switch leaves nothing of Relata's on the connection: under Database.joining it
            // may hold its owner's transaction (a driver's own XA handle reports auto-commit on inside its
            // global transaction, and refuses to leave it), which aborting it would end.
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                RelataException failure = translate(constraints, e, connection);
                giveUp(connection, failure);
                throw failure;
            } catch (RuntimeException e) {
                giveUp(connection, e);
                throw e;
            }
        }
        Transaction transaction = bind(new Transaction(connection, true));
        T result;
        try {
            result = work.run(transaction.view);
        } catch (SQLException e) {
            unbind();
            RelataException failure = translate(constraints, e, connection);
            rollback(connection, autoCommit, failure);
            throw failure;
        } catch (Throwable e) {
            unbind();
            rollback(connection, autoCommit, e);
            throw e;
        }
        unbind();
        if (transaction.lost != null) {
            RelataException failure = transaction.lostException();
            rollback(connection, autoCommit, failure);
            throw failure;
        }
        if (application && dialect == Dialect.POSTGRESQL) {
            RelataException aborted = aborted(transaction, constraints);
            if (aborted != null) {
                rollback(connection, autoCommit, aborted);
                throw aborted;
            }
        }
        long start = System.nanoTime();
        try {
            connection.commit();
        } catch (SQLException e) {
            RelataException failure = translate(constraints, e, connection);
            rollback(connection, autoCommit, failure);
            throw failure;
        } catch (RuntimeException e) {
            rollback(connection, autoCommit, e);
            throw e;
        }
        SqlLog.boundary("COMMIT", start);
        // Committed: what follows may fail, but the work is done and is reported as done.
        release(connection, autoCommit, null);
        return result;
    }

    /**
     * Null when a transaction on PostgreSQL can commit, else the exception to throw: it was aborted
     * by a failed statement ({@code 25P02} for the trivial statement that asks), or the question
     * failed otherwise.
     */
    private RelataException aborted(Transaction transaction, Constraints constraints) {
        try (Statement statement = transaction.view.createStatement()) {
            statement.execute("SELECT 1");
            return null;
        } catch (SQLException e) {
            return "25P02".equals(e.getSQLState()) ? new RelataException(POSTGRESQL_ABORTED, e)
                    : translate(constraints, e, transaction.connection);
        }
    }

    /**
     * Work inside a bound transaction: under a savepoint when asked, rolled back to it when the
     * work fails. Marks the transaction lost when the failure took the transaction with it, or left
     * its state unknown.
     */
    private <T> T inside(Transaction transaction, Constraints constraints, SqlWork<T> work, boolean savepoint) {
        if (transaction.lost != null) {
            throw transaction.lostException();
        }
        Connection connection = transaction.connection;
        Savepoint point = null;
        if (savepoint) {
            try {
                point = connection.setSavepoint();
            } catch (SQLException e) {
                if (!refusesSavepoints(e)) {
                    RelataException failure = translate(constraints, e, connection);
                    transaction.lose(failure);
                    throw failure;
                }
                // A data source without savepoints (some XA ones): the call runs without one, and its
                // failure leaves the transaction's state unknown.
                point = null;
            } catch (RuntimeException e) {
                transaction.lose(e);
                throw e;
            }
        }
        T result;
        try {
            result = work.run(transaction.view);
        } catch (SQLException e) {
            RelataException failure = translate(constraints, e, connection);
            undo(transaction, point, savepoint, e, failure);
            throw failure;
        } catch (Throwable e) {
            undo(transaction, point, savepoint, null, e);
            throw e;
        }
        if (transaction.lost != null) {
            // A call inside the work lost the transaction, and the work caught its exception. Its
            // savepoint went with the transaction (releasing it would fail on MariaDB), and the
            // exception that says why is the one to throw.
            throw transaction.lostException();
        }
        if (point != null) {
            try {
                connection.releaseSavepoint(point);
            } catch (SQLException e) {
                // On PostgreSQL, a release refused as in an aborted transaction (25P02) follows a failed
                // statement whose exception the work caught: only the application's own work does that.
                RelataException failure = "25P02".equals(e.getSQLState()) ? new RelataException(POSTGRESQL_ABORTED_INSIDE, e)
                        : translate(constraints, e, connection);
                undo(transaction, point, savepoint, e, failure);
                throw failure;
            } catch (RuntimeException e) {
                undo(transaction, point, savepoint, null, e);
                throw e;
            }
        }
        return result;
    }

    /**
     * Whether a failed {@code setSavepoint} says that the connection has no savepoints to give, rather
     * than that its transaction is gone: a driver that does not support them, or one that refuses
     * them in the transaction at hand, as pgjdbc's XA connection does while its global transaction is
     * active ({@code 55000}), and other XA drivers with codes of their own. A lost connection, a
     * transaction the database rolled back, and one that PostgreSQL aborted ({@code 25P02}) are not
     * refusals. Work that runs without a savepoint is safe either way: when it fails, the transaction
     * is marked lost.
     */
    private boolean refusesSavepoints(SQLException e) {
        return e instanceof SQLFeatureNotSupportedException
                || !Failures.endsTransaction(e, dialect) && !"25P02".equals(e.getSQLState());
    }

    /** Undoes a failed call inside a transaction, back to its savepoint, or marks the transaction lost. */
    private void undo(Transaction transaction, Savepoint point, boolean wanted, SQLException cause, Throwable failure) {
        if (cause != null && Failures.endsTransaction(cause, dialect)) {
            transaction.lose(failure);
            return;
        }
        if (cause != null && dialect == Dialect.POSTGRESQL && Boolean.TRUE.equals(onShardingSphere(transaction.connection))) {
            // ShardingSphere-JDBC marks a transaction on PostgreSQL in which a statement failed, and
            // its commit() then rolls back everything without a word, a rollback to a savepoint
            // notwithstanding: the transaction cannot commit any more, and its end must say so.
            transaction.lose(failure, SHARDING_SPHERE_ABORTED);
        }
        if (point == null) {
            if (wanted || Failures.failureAbortsTransaction(dialect)) {
                transaction.lose(failure);
            }
            return;
        }
        long start = System.nanoTime();
        try {
            transaction.connection.rollback(point);
            transaction.connection.releaseSavepoint(point);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            transaction.lose(failure);
            return;
        }
        SqlLog.boundary("ROLLBACK TO SAVEPOINT", start);
    }

    /**
     * Rolls back a transaction of Relata's own after {@code failure}, and gives the connection back
     * as it came; when the rollback fails, the connection is discarded instead, so that nothing of
     * the transaction can be committed by switching auto-commit back on.
     */
    private void rollback(Connection connection, boolean autoCommit, Throwable failure) {
        long start = System.nanoTime();
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            discard(connection, failure);
            return;
        }
        SqlLog.boundary("ROLLBACK", start);
        release(connection, autoCommit, failure);
    }

    /**
     * Gives a connection whose transaction has ended back: in auto-commit mode if it came so, then
     * closed. A connection whose auto-commit cannot be restored is discarded. Failures are added to
     * {@code failure}, or logged when there is none: the transaction's outcome stands.
     */
    private void release(Connection connection, boolean autoCommit, Throwable failure) {
        if (autoCommit) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException | RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                    discard(connection, failure);
                } else {
                    discard(connection, e);
                    warn("Cannot switch auto-commit back on after the transaction ended; discarded the connection", e);
                }
                return;
            }
        }
        close(connection, failure);
    }

    /** Closes a connection; a failure is added to {@code failure}, or logged when there is none. */
    private static void close(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                warn("Cannot close a connection after its work was done", e);
            }
        }
    }

    /**
     * Gives up a connection whose transaction's state is unknown: aborted, which ends its session
     * (and so rolls back what it had not committed) and tells a pool not to hand it out again, then
     * closed. Never switched to auto-commit, which would commit half-done work.
     */
    private static void discard(Connection connection, Throwable failure) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
        if (failure == null) {
            warn("Discarded a connection whose state is unknown", null);
        }
    }

    private static void warn(String message, Throwable e) {
        LOGGER.log(System.Logger.Level.WARNING, message, e);
    }

    /**
     * Whether the connection, and so every connection of the data source, is ShardingSphere-JDBC's:
     * asked of the first connection, then remembered, so that the statements of a data source pay
     * for the question once. A connection that cannot tell fails as {@link ShardingSphere#is} does,
     * and the next one is asked again.
     */
    boolean shardingSphere(Connection connection) throws SQLException {
        Boolean known = shardingSphere;
        if (known == null) {
            known = ShardingSphere.is(connection);
            shardingSphere = known;
        }
        return known;
    }

    /**
     * What the server of a MariaDB or MySQL connection, and so of every connection of the data source,
     * allows of many-row inserts ({@link MariaDbInserts}): read from the first connection, then
     * remembered. When the settings cannot be read (a server without InnoDB, a proxy that does not
     * know them), rows go one per statement in JDBC batches, and the next connection is asked again.
     */
    MariaDbInserts mariaDbInserts(Connection connection) {
        MariaDbInserts known = mariaDbInserts;
        if (known == null) {
            try {
                known = MariaDbInserts.read(connection);
            } catch (SQLException e) {
                return MariaDbInserts.BATCHES;
            }
            mariaDbInserts = known;
        }
        return known;
    }

    /**
     * {@link #shardingSphere(Connection)}, or null when the connection cannot tell (its metadata
     * cannot be read, which no ShardingSphere connection's fails to be).
     */
    Boolean onShardingSphere(Connection connection) {
        try {
            return shardingSphere(connection);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** The typed exception for a failure on the connection, with how its statements reach the database when known. */
    private RelataException translate(Constraints constraints, SQLException e, Connection connection) {
        Boolean route = onShardingSphere(connection);
        return route == null ? constraints.translate(e, dialect) : constraints.translate(e, dialect, route);
    }

    private Transaction bound() {
        Map<DataSource, Transaction> open = BOUND.get();
        return open == null ? null : open.get(dataSource);
    }

    private Transaction bind(Transaction transaction) {
        Map<DataSource, Transaction> open = BOUND.get();
        if (open == null) {
            open = new IdentityHashMap<>(4);
            BOUND.set(open);
        }
        open.put(dataSource, transaction);
        return transaction;
    }

    private void unbind() {
        Map<DataSource, Transaction> open = BOUND.get();
        if (open != null) {
            open.remove(dataSource);
            if (open.isEmpty()) {
                BOUND.remove();
            }
        }
    }

    @Override
    public String toString() {
        return (joining ? "joining " : "") + dialect + ", " + dataSource;
    }

    /** A transaction bound to a thread and a data source. */
    private static final class Transaction {
        final Connection connection;
        /** The connection as work sees it: logging its statements when the SQL log is on. */
        final Connection view;
        /** Whether Relata began the transaction, and so ends it. */
        final boolean owned;
        /** Why the transaction is lost, once the database has rolled it back or its state is unknown. */
        Throwable lost;
        /** How the transaction was lost, for the message of {@link #lostException()}. */
        String how = "The transaction was rolled back by the database, or left in an unknown state, by an earlier failure";
        Transaction(Connection connection, boolean owned) {
            this.connection = connection;
            this.view = SqlLog.wrap(connection);
            this.owned = owned;
        }

        void lose(Throwable failure) {
            if (lost == null) {
                lost = failure;
            }
        }

        void lose(Throwable failure, String how) {
            if (lost == null) {
                lost = failure;
                this.how = how;
            }
        }

        /** The exception every later call in a lost transaction, and its end, throws. */
        RelataException lostException() {
            String message = how + " (" + lost + "); " + (owned ? "Relata rolls it back and commits nothing of it"
                            : "its owner must roll it back") + ". Retry the transaction from its start.";
            return lost instanceof TransientException ? new TransientException(message, lost) : new RelataException(message, lost);
        }
    }
}
