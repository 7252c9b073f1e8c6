package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Database;
import dev.relata.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC calls a generated DAO's single read makes on the connection it borrows: those of the same
 * read written by hand, with one {@code getAutoCommit()} to tell whether there is a transaction to
 * end, and nothing else: no auto-commit switching, no commit, no savepoint, no metadata.
 */
class ReadCallsTest {
    record Item(long id, String name) {}

    private final TestDatabase h2 = TestDatabase.create();
    private final List<String> calls = new ArrayList<>();
    private Sql byKey;
    private Sql all;
    private Sql count;

    @BeforeEach
    void createTable() {
        h2.execute("CREATE TABLE {item} ({id} BIGINT PRIMARY KEY, {name} VARCHAR(20) NOT NULL)",
                "INSERT INTO {item} ({id}, {name}) VALUES (1, 'one'), (2, 'two')");
        byKey = Sql.of(h2.dialect(), "SELECT {id}, {name} FROM {item} WHERE {id} = ?");
        all = Sql.of(h2.dialect(), "SELECT {id}, {name} FROM {item} ORDER BY {id}");
        count = Sql.of(h2.dialect(), "SELECT COUNT(*) FROM {item}");
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    private static Item read(ResultSet rs) throws SQLException {
        return new Item(rs.getLong(1), rs.getString(2));
    }

    private Access access(Database db) {
        return Access.of(db, Constraints.NONE);
    }

    /** The row by key as a careful engineer writes it: a pooled connection, one statement, everything closed. */
    private Optional<Item> byHand(DataSource dataSource, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(byKey.text())) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    @Test
    void aRowByKeyOutsideATransactionMakesTheHandWrittenCallsAndOneGetAutoCommit() throws SQLException {
        DataSource counting = counting(h2.dataSource());
        Access access = access(Database.of(counting, h2.dialect()));

        assertEquals(Optional.of(new Item(2, "two")), access.one(byKey, ps -> ps.setLong(1, 2), ReadCallsTest::read));
        List<String> generated = List.copyOf(calls);
        assertEquals(List.of("DataSource.getConnection", "Connection.getAutoCommit", "Connection.prepareStatement",
                "PreparedStatement.setLong", "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.getLong",
                "ResultSet.getString", "ResultSet.close", "PreparedStatement.close", "Connection.close"), generated);

        calls.clear();
        assertEquals(Optional.of(new Item(2, "two")), byHand(counting, 2));
        List<String> expected = new ArrayList<>(calls);
        expected.add(1, "Connection.getAutoCommit");
        assertEquals(expected, generated);

        calls.clear();
        assertEquals(Optional.of(new Item(2, "two")), access.one(byKey, 2L, ReadCallsTest::read));
        assertEquals(generated, calls, "a long key bound by Access itself");
        calls.clear();
        assertEquals(List.of(new Item(2, "two")), access.list(byKey, 2L, ReadCallsTest::read));
        assertEquals(List.of("DataSource.getConnection", "Connection.getAutoCommit", "Connection.prepareStatement",
                "PreparedStatement.setLong", "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.getLong",
                "ResultSet.getString", "ResultSet.next", "ResultSet.close", "PreparedStatement.close", "Connection.close"),
                calls);
    }

    @Test
    void aMissingRowListAndCountOutsideATransactionLeaveAutoCommitAlone() {
        Access access = access(Database.of(counting(h2.dataSource()), h2.dialect()));

        assertEquals(Optional.empty(), access.one(byKey, ps -> ps.setLong(1, 3), ReadCallsTest::read));
        assertEquals(List.of("DataSource.getConnection", "Connection.getAutoCommit", "Connection.prepareStatement",
                "PreparedStatement.setLong", "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.close",
                "PreparedStatement.close", "Connection.close"), calls);

        calls.clear();
        assertEquals(List.of(new Item(1, "one"), new Item(2, "two")), access.list(all, ReadCallsTest::read));
        assertEquals(List.of("DataSource.getConnection", "Connection.getAutoCommit", "Connection.prepareStatement",
                "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.getLong", "ResultSet.getString",
                "ResultSet.next", "ResultSet.getLong", "ResultSet.getString", "ResultSet.next", "ResultSet.close",
                "PreparedStatement.close", "Connection.close"), calls);

        calls.clear();
        assertEquals(2, access.count(count));
        assertEquals(List.of("DataSource.getConnection", "Connection.getAutoCommit", "Connection.prepareStatement",
                "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.getLong", "ResultSet.close",
                "PreparedStatement.close", "Connection.close"), calls);
    }

    @Test
    void aConnectionWithoutAutoCommitGetsItsReadCommittedNotSwitched() throws SQLException {
        DataSource transactional = counting(withoutAutoCommit(h2.dataSource()));

        assertEquals(Optional.of(new Item(1, "one")), access(Database.of(transactional, h2.dialect()))
                .one(byKey, ps -> ps.setLong(1, 1), ReadCallsTest::read));
        assertEquals(List.of("DataSource.getConnection", "Connection.getAutoCommit", "Connection.prepareStatement",
                "PreparedStatement.setLong", "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.getLong",
                "ResultSet.getString", "ResultSet.close", "PreparedStatement.close", "Connection.commit",
                "Connection.close"), calls);

        calls.clear();
        assertEquals(Optional.of(new Item(1, "one")), access(Database.joining(transactional, h2.dialect()))
                .one(byKey, 1L, ReadCallsTest::read));
        assertEquals(List.of("DataSource.getConnection", "Connection.getAutoCommit", "Connection.prepareStatement",
                "PreparedStatement.setLong", "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.getLong",
                "ResultSet.getString", "ResultSet.close", "PreparedStatement.close", "Connection.close"), calls,
                "a joined transaction is its owner's to end");
    }

    @Test
    void aReadInsideATransactionRunsOnItsConnectionWithNothingAround() {
        Database db = Database.of(counting(h2.dataSource()), h2.dialect());
        Access access = access(db);

        db.runInTransaction(() -> {
            int begun = calls.size();
            assertEquals(Optional.of(new Item(2, "two")), access.one(byKey, ps -> ps.setLong(1, 2), ReadCallsTest::read));
            assertEquals(List.of("Connection.prepareStatement", "PreparedStatement.setLong",
                    "PreparedStatement.executeQuery", "ResultSet.next", "ResultSet.getLong", "ResultSet.getString",
                    "ResultSet.close", "PreparedStatement.close"), calls.subList(begun, calls.size()));
            assertEquals(2L, access.<Long>read(connection -> Queries.count(connection, count)));
            assertEquals(List.of("Connection.prepareStatement", "PreparedStatement.executeQuery", "ResultSet.next",
                    "ResultSet.getLong", "ResultSet.close", "PreparedStatement.close"),
                    calls.subList(begun + 8, calls.size()));
        });
    }

    /** Hands out connections that start without auto-commit, as some pools are configured to. */
    private static DataSource withoutAutoCommit(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(ReadCallsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = forward(dataSource, method, args);
                    if (result instanceof Connection connection) {
                        connection.setAutoCommit(false);
                    }
                    return result;
                });
    }

    /**
     * Records, in {@link #calls}, every call on the data source and on the connections, statements
     * and results it leads to, as {@code Interface.method}.
     */
    private DataSource counting(DataSource dataSource) {
        return wrap(DataSource.class, dataSource);
    }

    private <T> T wrap(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(ReadCallsTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    calls.add(type.getSimpleName() + "." + method.getName());
                    Object result = forward(target, method, args);
                    if (result instanceof Connection connection) {
                        return wrap(Connection.class, connection);
                    }
                    if (result instanceof PreparedStatement statement) {
                        return wrap(PreparedStatement.class, statement);
                    }
                    if (result instanceof ResultSet rs) {
                        return wrap(ResultSet.class, rs);
                    }
                    return result;
                }));
    }

    private static Object forward(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
