package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.internal.Sql;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.Profile;
import dev.relata.it.blog.ProfileDao;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Relata in a global (XA) transaction, as a JTA data source hands connections out: each
 * {@code getConnection()} is a handle on the connection enlisted in the global transaction, with
 * auto-commit off, and the transaction manager ends it through the {@link XAResource}. The README
 * promises that {@code Database.joining} works over such a data source, savepoints or not: pgjdbc
 * refuses {@code setSavepoint} (as it refuses {@code commit} and {@code rollback}) on a connection
 * while its global transaction is active.
 */
class XaTransactionTest {
    private static final AtomicInteger NEXT = new AtomicInteger();

    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    @Test
    void daoCallsJoinAGlobalTransactionAndItsOwnerCommitsThem() throws Exception {
        XAConnection enlisted = xaConnection();
        try {
            XAResource resource = enlisted.getXAResource();
            Xid xid = xid();
            resource.start(xid, XAResource.TMNOFLAGS);
            Database db = Database.joining(handles(enlisted), database.dialect());
            UserDao users = new UserDao(db);
            ProfileDao profiles = new ProfileDao(db);

            User ada = users.insert(new User(0, "ada", true));
            profiles.insert(new Profile(0, ada.id(), "Ada", "London"));
            users.insertAll(List.of(new User(0, "bob", false), new User(0, "cy", false)));
            assertEquals(3, users.count(), "reads see the global transaction's writes");

            resource.end(xid, XAResource.TMSUCCESS);
            resource.commit(xid, true);
        } finally {
            enlisted.close();
        }
        assertEquals(3, database.countRows("user"));
        assertEquals(1, database.countRows("profile"));
    }

    @Test
    void theGlobalTransactionsRollbackUndoesWhatRelataWrote() throws Exception {
        XAConnection enlisted = xaConnection();
        try {
            XAResource resource = enlisted.getXAResource();
            Xid xid = xid();
            resource.start(xid, XAResource.TMNOFLAGS);
            UserDao users = new UserDao(Database.joining(handles(enlisted), database.dialect()));

            users.insert(new User(0, "ada", true));

            resource.end(xid, XAResource.TMFAIL);
            resource.rollback(xid);
        } finally {
            enlisted.close();
        }
        assertEquals(0, database.countRows("user"));
    }

    /**
     * The driver's own handle on the enlisted connection, without a transaction manager's wrapper,
     * which the README warns against: pgjdbc's and MariaDB's report auto-commit on inside the global
     * transaction, so Relata takes the connection for one outside any transaction, and a write fails.
     * pgjdbc refuses to switch auto-commit off: nothing of Relata's is on the connection, which goes
     * back as it came, and the global transaction, with what its owner wrote, is the owner's to
     * commit. MariaDB's switches, then refuses the commit and the rollback: Relata cannot undo its
     * write, and aborts the connection rather than leave the write for the owner's commit, which then
     * fails and commits nothing. H2's handle reports auto-commit off: the write joins.
     */
    @Test
    void aWriteOnTheDriversOwnHandleThatReportsAutoCommitIsNeverCommittedWhenItFails() throws Exception {
        XAConnection enlisted = xaConnection();
        boolean ownersCommitFailed = false;
        try {
            XAResource resource = enlisted.getXAResource();
            Xid xid = xid();
            resource.start(xid, XAResource.TMNOFLAGS);
            Connection handle = enlisted.getConnection();
            try (Statement statement = handle.createStatement()) {
                statement.executeUpdate(Sql.of(database.dialect(),
                        "INSERT INTO {user} ({username}, {is_staff}) VALUES ('ada', TRUE)").text());
            }
            UserDao users = new UserDao(Database.joining(driversOwn(handle), database.dialect()));

            if (database.dialect() == Dialect.H2) {
                users.insert(new User(0, "bob", true));
            } else {
                assertThrows(RelataException.class, () -> users.insert(new User(0, "bob", true)));
            }

            try {
                resource.end(xid, XAResource.TMSUCCESS);
                resource.commit(xid, true);
            } catch (XAException e) {
                ownersCommitFailed = true;
            }
        } finally {
            enlisted.close();
        }
        List<String> committed = database.rows("user").stream().map(row -> row.split(", ")[1]).toList();
        switch (database.dialect()) {
            case H2 -> assertEquals(List.of("ada", "bob"), committed);
            case POSTGRESQL -> assertEquals(List.of("ada"), committed, "the owner's global transaction went on without Relata's write");
            case MARIADB -> {
                assertTrue(ownersCommitFailed, "the connection holding the write that Relata could not undo was aborted");
                assertEquals(List.of(), committed);
            }
        }
    }

    /** An XA connection to the test's database, from the driver's own XA data source. */
    private XAConnection xaConnection() throws SQLException {
        String url;
        try (Connection connection = database.dataSource().getConnection()) {
            url = connection.getMetaData().getURL();
        }
        // The drivers of the live servers are on the class path of the live run only.
        try {
            XADataSource xa = switch (database.dialect()) {
                case H2 -> {
                    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                    h2.setURL(url);
                    h2.setUser("sa");
                    yield h2;
                }
                case POSTGRESQL -> configured("org.postgresql.xa.PGXADataSource", "setURL", url);
                case MARIADB -> configured("org.mariadb.jdbc.MariaDbDataSource", "setUrl", url);
            };
            return xa.getXAConnection();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The driver's XA data source is missing: " + e, e);
        }
    }

    private static XADataSource configured(String type, String setUrl, String url) throws ReflectiveOperationException {
        Object xa = Class.forName(type).getConstructor().newInstance();
        xa.getClass().getMethod(setUrl, String.class).invoke(xa, url);
        return (XADataSource) xa;
    }

    /**
     * A data source as a JTA data source of an application server is inside a global transaction: its
     * connections are the driver's handle on the enlisted connection, which the pool keeps until the
     * transaction ends ({@code close()} gives nothing back), reporting auto-commit off, as the README
     * says such connections come (pgjdbc's own handle reports auto-commit on, having begun the
     * global transaction with a plain {@code BEGIN}; an application server's wrapper reports it off).
     * Every other call goes to the driver's handle.
     */
    private static DataSource handles(XAConnection enlisted) throws SQLException {
        Connection handle = enlisted.getConnection();
        Connection inTransaction = proxy(Connection.class, (connection, call, arguments) -> switch (call.getName()) {
            case "getAutoCommit" -> Boolean.FALSE;
            case "close" -> null;
            default -> invoke(handle, call, arguments);
        });
        return proxy(DataSource.class, (source, method, args) -> {
            // A data source of the one enlisted connection: any other call would be the test's mistake.
            if (!method.getName().equals("getConnection")) {
                throw new IllegalStateException("Relata called DataSource." + method.getName()
                        + ", which this test's data source of one enlisted connection does not answer");
            }
            return inTransaction;
        });
    }

    /**
     * A data source of the driver's own handle on the enlisted connection, as it reports itself:
     * {@code close()} gives nothing back, since the enlisted connection is kept until the global
     * transaction ends; every other call goes to the handle.
     */
    private static DataSource driversOwn(Connection handle) {
        Connection kept = proxy(Connection.class, (connection, call, arguments) ->
                call.getName().equals("close") ? null : invoke(handle, call, arguments));
        return proxy(DataSource.class, (source, method, args) -> {
            if (!method.getName().equals("getConnection")) {
                throw new IllegalStateException("Relata called DataSource." + method.getName()
                        + ", which this test's data source of one enlisted connection does not answer");
            }
            return kept;
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(XaTransactionTest.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Xid xid() {
        byte[] global = ("relata-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet())
                .getBytes(StandardCharsets.US_ASCII);
        return new Xid() {
            @Override
            public int getFormatId() {
                return 4711;
            }

            @Override
            public byte[] getGlobalTransactionId() {
                return global;
            }

            @Override
            public byte[] getBranchQualifier() {
                return new byte[] {1};
            }
        };
    }
}
