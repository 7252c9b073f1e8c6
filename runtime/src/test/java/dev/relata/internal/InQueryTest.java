package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InQueryTest {
    /** MariaDB's way, IN lists, exercised on H2: the statements do not depend on the dialect's quoting. */
    private static final Dialect IN_LISTS = Dialect.MARIADB;
    /** PostgreSQL's way, one array parameter, exercised on H2. */
    private static final Dialect ARRAYS = Dialect.POSTGRESQL;
    private static final int ROWS = 4000;
    private static final String SELECT = "SELECT {id} FROM {item} WHERE {id} IN (?*)";

    private TestDatabase h2;
    private Connection connection;

    @BeforeEach
    void fillTable() throws SQLException {
        h2 = TestDatabase.create();
        h2.execute("CREATE TABLE {item} ({id} BIGINT PRIMARY KEY, {tag} VARCHAR(10))",
                "INSERT INTO {item} ({id}) SELECT X FROM SYSTEM_RANGE(1, " + ROWS + ")");
        connection = h2.connection();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        h2.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 1023, 1024, 1025, 2048, 2049, 3000})
    void forEachReturnsEveryMatchingRowExactlyOnce(int count) throws SQLException {
        List<Long> keys = shuffledKeys(count);

        List<Long> rows = select(keys);

        Collections.sort(rows);
        assertEquals(keys.stream().sorted().toList(), rows);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1025, 3000})
    void forEachBindsLeadingParametersBeforeTheKeysOfEveryChunk(int count) throws SQLException {
        h2.execute("UPDATE {item} SET {tag} = 'even' WHERE MOD({id}, 2) = 0");
        Sql sql = sql(IN_LISTS, "SELECT {id} FROM {item} WHERE {tag} = ? AND {id} IN (?*)");
        List<Long> keys = shuffledKeys(count);
        List<Long> rows = new ArrayList<>();

        InQuery.forEach(connection, sql, ps -> ps.setString(1, "even"), keys, rs -> rows.add(rs.getLong(1)));

        Collections.sort(rows);
        assertEquals(keys.stream().filter(key -> key % 2 == 0).sorted().toList(), rows);
    }

    @Test
    void forEachSkipsKeysWithoutARow() throws SQLException {
        List<Long> keys = new ArrayList<>(shuffledKeys(1500));
        keys.addAll(List.of(-1L, -2L, ROWS + 1L));

        List<Long> rows = select(keys);

        assertEquals(1500, rows.size());
        assertTrue(rows.stream().allMatch(key -> key > 0 && key <= ROWS));
    }

    @Test
    void forEachRunsNothingForNoKeys() throws SQLException {
        Connection unusable = refusingConnection();

        InQuery.forEach(unusable, sql(IN_LISTS, SELECT), List.of(), rs -> {
            throw new AssertionError("no row expected");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1",
        "3, 4",
        "1000, 1024",
        "1024, 1024",
        "1025, 1024;1",
        "2500, 1024;512",
        "3000, 1024",
    })
    void forEachBindsChunksOfAtMostCHUNKKeysPaddedToAPowerOfTwoPreparingTheFullSizeOnce(int count, String placeholders) throws SQLException {
        List<Integer> statements = new ArrayList<>();
        Connection recording = recordingConnection(connection, statements);

        InQuery.forEach(recording, sql(IN_LISTS, SELECT), shuffledKeys(count), rs -> { });

        List<Integer> expected = List.of(placeholders.split(";")).stream().map(Integer::valueOf).toList();
        assertEquals(expected, statements);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 1025, 3000, 4000})
    void arraysReturnEveryMatchingRowExactlyOnce(int count) throws SQLException {
        List<Long> keys = shuffledKeys(count);

        List<Long> rows = select(ARRAYS, keys);

        Collections.sort(rows);
        assertEquals(keys.stream().sorted().toList(), rows);
    }

    @Test
    void arraysBindAllKeysOfAChunkAsOneParameterOfOneStatement() throws SQLException {
        List<Long> keys = LongStream.rangeClosed(1, InQuery.ARRAY_CHUNK + 100L).boxed().toList();
        List<String> prepared = new ArrayList<>();
        List<Long> rows = new ArrayList<>();

        InQuery.forEach(sqlRecordingConnection(connection, prepared), sql(ARRAYS, SELECT), keys, rs -> rows.add(rs.getLong(1)));

        assertEquals(List.of(sql(ARRAYS, "SELECT {id} FROM {item} WHERE {id} = ANY(?)").text()), prepared,
                "one statement, prepared once for both chunks");
        assertEquals(ROWS, rows.size(), "keys without a row are skipped, every row is read once");
    }

    @Test
    void arraysBindLeadingParametersAndUpdate() throws SQLException {
        h2.execute("UPDATE {item} SET {tag} = 'even' WHERE MOD({id}, 2) = 0");
        Sql select = sql(ARRAYS, "SELECT {id} FROM {item} WHERE {tag} = ? AND {id} IN (?*)");
        List<Long> rows = new ArrayList<>();

        InQuery.forEach(connection, select, ps -> ps.setString(1, "even"), List.of(1L, 2L, 3L, 4L),
                rs -> rows.add(rs.getLong(1)));

        assertEquals(List.of(2L, 4L), rows.stream().sorted().toList());
        assertEquals(3, InQuery.update(connection, sql(ARRAYS, "DELETE FROM {item} WHERE {id} IN (?*)"),
                List.of(1L, 2L, 3L, -1L)));
    }

    @Test
    void keysOfNoArrayTypeOrOfMixedTypesGoAsInLists() throws SQLException {
        assertArrayEquals(new Long[] {1L, 2L}, InQuery.arrayOf(List.of(1L, 2L)));
        assertEquals(Long[].class, InQuery.arrayOf(List.of(1L, 2L)).getClass());
        assertEquals(java.util.UUID[].class, InQuery.arrayOf(List.of(java.util.UUID.randomUUID())).getClass());
        assertNull(InQuery.arrayOf(List.of(1L, 2)));
        assertNull(InQuery.arrayOf(List.of(java.math.BigDecimal.ONE)));
        List<String> prepared = new ArrayList<>();

        InQuery.forEach(sqlRecordingConnection(connection, prepared), sql(ARRAYS, SELECT), List.of(1L, 2), rs -> { });

        assertEquals(List.of(sql(ARRAYS, "SELECT {id} FROM {item} WHERE {id} IN (?, ?)").text()), prepared);
    }

    @Test
    void textKeysNoColumnHoldsAreLeftOutAndNothingRunsWhenOnlyTheyAreGiven() throws SQLException {
        List<Object> keys = List.of(1L, "a", "\uD83D\uDE00");
        assertTrue(keys == InQuery.keysOfRows(keys), "a list with no such key is used as it is");
        assertEquals(List.of("a", "b", 3L), InQuery.keysOfRows(List.of("a", "\uD83D", "b", "c\u0000", 3L, "\uDE00")));

        InQuery.forEach(refusingConnection(), sql(ARRAYS, SELECT), List.of("\u0000", "\uDE00x"), rs -> { });
        InQuery.forEach(refusingConnection(), sql(IN_LISTS, SELECT), List.of("\uD83D"), rs -> { });
    }

    /**
     * Keys of each type the runtime binds as arrays, on a connection that, as ShardingSphere-JDBC's,
     * has no {@code createArrayOf}: the keys go as typed Java arrays through {@code setObject}.
     */
    @Test
    void arraysOfEveryKeyTypeAreBoundWithoutCreateArrayOf() throws SQLException {
        java.util.UUID first = new java.util.UUID(0, 1);
        java.util.UUID second = new java.util.UUID(0, 2);
        h2.execute("CREATE TABLE {keyed} ({n} INTEGER, {s} SMALLINT, {t} VARCHAR(10), {u} UUID)",
                "INSERT INTO {keyed} VALUES (1, 1, 'a', '" + first + "'), (2, 2, 'b', '" + second + "'),"
                        + " (3, 3, 'c', '" + new java.util.UUID(0, 3) + "')");
        Connection noCreateArrayOf = (Connection) Proxy.newProxyInstance(InQueryTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createArrayOf")) {
                        throw new java.sql.SQLFeatureNotSupportedException("createArrayOf");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertEquals(List.of("1", "3"), column(noCreateArrayOf, "n", List.of(1, 3, 4)));
        assertEquals(List.of("2", "3"), column(noCreateArrayOf, "s", List.of((short) 2, (short) 3)));
        assertEquals(List.of("a", "c"), column(noCreateArrayOf, "t", List.of("a", "c", "z")));
        assertEquals(List.of(first.toString(), second.toString()), column(noCreateArrayOf, "u", List.of(first, second)));
    }

    /** Keys of each type bound one per parameter of an IN list: whole numbers as such, the others as objects. */
    @Test
    void inListsOfEveryKeyTypeFindTheirRows() throws SQLException {
        java.util.UUID first = new java.util.UUID(0, 1);
        h2.execute("CREATE TABLE {keyed} ({n} INTEGER, {l} BIGINT, {s} SMALLINT, {t} VARCHAR(10), {u} UUID)",
                "INSERT INTO {keyed} VALUES (1, 10, 1, 'a', '" + first + "'), (2, 20, 2, 'b', '" + new java.util.UUID(0, 2)
                        + "'), (3, 30, 3, 'c', '" + new java.util.UUID(0, 3) + "')");

        assertEquals(List.of("1", "3"), column(IN_LISTS, connection, "n", List.of(1, 3, 4)));
        assertEquals(List.of("20", "30"), column(IN_LISTS, connection, "l", List.of(20L, 30L, 40L)));
        assertEquals(List.of("2"), column(IN_LISTS, connection, "s", List.of((short) 2)));
        assertEquals(List.of("a", "c"), column(IN_LISTS, connection, "t", List.of("a", "c", "z")));
        assertEquals(List.of(first.toString()), column(IN_LISTS, connection, "u", List.of(first)));
    }

    @Test
    void forEachTakesARepeatedKeyOnceAndForEachAsGivenBindsTheKeysAsGiven() throws SQLException {
        List<String> prepared = new ArrayList<>();
        List<Long> rows = new ArrayList<>();

        InQuery.forEach(sqlRecordingConnection(connection, prepared), sql(IN_LISTS, SELECT), List.of(1L, 2L, 1L, 2L, 3L),
                rs -> rows.add(rs.getLong(1)));
        InQuery.forEachAsGiven(sqlRecordingConnection(connection, prepared), sql(IN_LISTS, SELECT), ps -> { },
                List.of(4L, 5L, 4L, 6L, 7L), rs -> rows.add(rs.getLong(1)));

        // Each row once: a key repeated within one list matches its row once.
        Collections.sort(rows);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), rows);
        // Three distinct keys in a list of four (the last padded); five keys as given in a list of eight.
        assertEquals(List.of(sql(IN_LISTS, "SELECT {id} FROM {item} WHERE {id} IN (" + "?, ".repeat(3) + "?)").text(),
                sql(IN_LISTS, "SELECT {id} FROM {item} WHERE {id} IN (" + "?, ".repeat(7) + "?)").text()), prepared);
    }

    /** The values of {@code column} of the rows whose {@code column} is one of the keys, bound as one array. */
    private static List<String> column(Connection connection, String column, List<?> keys) throws SQLException {
        return column(ARRAYS, connection, column, keys);
    }

    /** The values of {@code column} of the rows whose {@code column} is one of the keys, bound the dialect's way. */
    private static List<String> column(Dialect way, Connection connection, String column, List<?> keys)
            throws SQLException {
        List<String> rows = new ArrayList<>();
        InQuery.forEach(connection, sql(way, "SELECT {" + column + "} FROM {keyed} WHERE {" + column + "} IN (?*)"),
                keys, rs -> rows.add(rs.getString(1)));
        Collections.sort(rows);
        return rows;
    }

    @Test
    void updateCountsEveryChangedRowOnce() throws SQLException {
        Sql sql = sql(IN_LISTS, "UPDATE {item} SET {tag} = 'seen' WHERE {id} IN (?*)");

        assertEquals(0, InQuery.update(connection, sql, List.of()));
        assertEquals(3, InQuery.update(connection, sql, List.of(1L, 2L, 3L)));
        assertEquals(1025, InQuery.update(connection, sql, shuffledKeys(1025)));
        assertEquals(2, InQuery.update(connection, sql, List.of(-5L, 7L, 8L)));
    }

    @Test
    void updateDeletesExactlyTheGivenRows() throws SQLException {
        Sql sql = sql(IN_LISTS, "DELETE FROM {item} WHERE {id} IN (?*)");
        List<Long> keys = LongStream.rangeClosed(1, 3000).boxed().toList();

        assertEquals(3000, InQuery.update(connection, sql, keys));

        assertEquals(LongStream.rangeClosed(3001, ROWS).boxed().toList(), h2.ids("item"));
    }

    @Test
    void onH2KeysGoAsInListsOf128WhoseFullChunksShareOneStatement() throws SQLException {
        List<String> prepared = new ArrayList<>();

        List<Long> rows = new ArrayList<>();
        InQuery.forEach(sqlRecordingConnection(connection, prepared), Sql.of(Dialect.H2, SELECT), shuffledKeys(3000),
                rs -> rows.add(rs.getLong(1)));

        assertEquals(3000, rows.size());
        assertEquals(List.of(Sql.of(Dialect.H2, SELECT).forKeys(128), Sql.of(Dialect.H2, SELECT).forKeys(64)), prepared,
                "one statement for the 23 chunks of 128 keys, one for the last 56 keys padded to 64");
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "2, 2", "3, 4", "5, 8", "1000, 1024", "1024, 1024"})
    void bucketIsTheNextPowerOfTwo(int n, int bucket) {
        assertEquals(bucket, InQuery.bucket(n));
    }

    /** A statement rendered for H2, run the way {@code way} runs statements: as an array or as IN lists. */
    private static Sql sql(Dialect way, String template) {
        return Sql.rendered(way, Sql.of(Dialect.H2, template).text());
    }

    private List<Long> select(List<Long> keys) throws SQLException {
        return select(IN_LISTS, keys);
    }

    private List<Long> select(Dialect dialect, List<Long> keys) throws SQLException {
        List<Long> rows = new ArrayList<>();
        InQuery.forEach(connection, sql(dialect, SELECT), keys, rs -> rows.add(rs.getLong(1)));
        return rows;
    }

    private static List<Long> shuffledKeys(int count) {
        List<Long> keys = new ArrayList<>(LongStream.rangeClosed(1, ROWS).boxed().toList());
        Collections.shuffle(keys, new Random(count));
        return List.copyOf(keys.subList(0, count));
    }

    private static Connection refusingConnection() {
        return (Connection) Proxy.newProxyInstance(InQueryTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    throw new AssertionError("unexpected call to " + method.getName());
                });
    }

    /** Records the statements prepared. */
    private static Connection sqlRecordingConnection(Connection target, List<String> prepared) {
        return (Connection) Proxy.newProxyInstance(InQueryTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) args[0]);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Records, for each statement prepared, how many placeholders it has. */
    private static Connection recordingConnection(Connection target, List<Integer> placeholders) {
        return (Connection) Proxy.newProxyInstance(InQueryTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        String sql = (String) args[0];
                        placeholders.add((int) sql.chars().filter(c -> c == '?').count());
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
