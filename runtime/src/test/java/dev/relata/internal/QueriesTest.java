package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Users 1 to 3 (ada, grace, linus); profiles 10 (ada), 20 (no user), 40 (grace). */
class QueriesTest {
    private static final String USERS = "SELECT {id}, {name} FROM {user}";
    private static final String PROFILES = "SELECT {id}, {user_id} FROM {profile}";

    record User(long id, String name) {
        static User read(ResultSet rs) throws SQLException {
            return new User(rs.getLong(1), rs.getString(2));
        }
    }

    record Profile(long id, Long user) {
        static Profile read(ResultSet rs) throws SQLException {
            return new Profile(rs.getLong(1), rs.getObject(2, Long.class));
        }
    }

    private TestDatabase h2;
    private Connection connection;

    @BeforeEach
    void createRows() throws SQLException {
        h2 = TestDatabase.create();
        h2.execute(
                "CREATE TABLE {user} ({id} BIGINT PRIMARY KEY, {name} VARCHAR(20))",
                "CREATE TABLE {profile} ({id} BIGINT PRIMARY KEY, {user_id} BIGINT UNIQUE REFERENCES {user} ({id}))",
                "INSERT INTO {user} ({id}, {name}) VALUES (1, 'ada'), (2, 'grace'), (3, 'linus')",
                "INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 1), (20, NULL), (40, 2)");
        connection = h2.connection();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        h2.close();
    }

    @Test
    void oneFindsTheRowOrNothing() throws SQLException {
        Sql byId = Sql.of(Dialect.H2, USERS + " WHERE {id} = ?");

        assertEquals(Optional.of(new User(2, "grace")),
                Queries.one(connection, byId, ps -> ps.setLong(1, 2), User::read));
        assertEquals(Optional.empty(), Queries.one(connection, byId, ps -> ps.setLong(1, 9), User::read));
    }

    @Test
    void listReturnsTheRowsInTheStatementsOrder() throws SQLException {
        Sql byName = Sql.of(Dialect.H2, USERS + " WHERE {id} > ? ORDER BY {name} DESC");

        assertEquals(List.of(new User(3, "linus"), new User(2, "grace")),
                Queries.list(connection, byName, ps -> ps.setLong(1, 1), User::read));
    }

    @Test
    void countExistsAndUpdate() throws SQLException {
        assertEquals(3, Queries.count(connection, Sql.of(Dialect.H2, "SELECT COUNT(*) FROM {user}")));
        assertTrue(Queries.exists(connection, Sql.of(Dialect.H2, USERS + " WHERE {name} = ?"), ps -> ps.setString(1, "ada")));
        assertFalse(Queries.exists(connection, Sql.of(Dialect.H2, USERS + " WHERE {name} = ?"), ps -> ps.setString(1, "alan")));
        assertEquals(2, Queries.update(connection, Sql.of(Dialect.H2, "UPDATE {user} SET {name} = UPPER({name}) WHERE {id} < ?"),
                ps -> ps.setLong(1, 3)));
    }

    @Test
    void forwardFindsEachRowsTargetKeyedByTheRowsKey() throws SQLException {
        List<Profile> profiles = List.of(new Profile(40, 2L), new Profile(20, null), new Profile(10, 1L),
                new Profile(30, 9L));

        Map<Long, User> users = forward(profiles);

        assertEquals(Map.of(40L, new User(2, "grace"), 10L, new User(1, "ada")), users);
    }

    @Test
    void forwardGivesATargetToEveryRowThatLinksToIt() throws SQLException {
        List<Profile> profiles = List.of(new Profile(40, 2L), new Profile(50, 2L), new Profile(60, 2L), new Profile(10, 1L));

        Map<Long, User> users = forward(profiles);

        assertEquals(Map.of(40L, new User(2, "grace"), 50L, new User(2, "grace"), 60L, new User(2, "grace"),
                10L, new User(1, "ada")), users);
    }

    @Test
    void forwardKeysAnUnsavedRowWithoutAKeyUnderNull() throws SQLException {
        Sql sql = Sql.of(Dialect.H2, USERS + " WHERE {id} IN (?*)");
        List<String[]> rows = List.of(new String[] {null, "2"}, new String[] {"x", "1"}, new String[] {"y", "2"});

        Map<String, User> users = Queries.forward(connection, sql, rows, row -> row[0], row -> Long.valueOf(row[1]),
                User::read, User::id);

        Map<String, User> expected = new java.util.HashMap<>();
        expected.put(null, new User(2, "grace"));
        expected.put("x", new User(1, "ada"));
        expected.put("y", new User(2, "grace"));
        assertEquals(expected, users);
    }

    @Test
    void forwardOfNoRowsIsEmpty() throws SQLException {
        assertEquals(Map.of(), forward(List.of()));
    }

    @Test
    void forwardCoversMoreRowsThanOneStatementBinds() throws SQLException {
        h2.execute("INSERT INTO {user} ({id}, {name}) SELECT X, 'u' || X FROM SYSTEM_RANGE(100, 2599)");
        List<Profile> profiles = LongStream.range(100, 2600).mapToObj(id -> new Profile(id + 10_000, id)).toList();

        Map<Long, User> users = forward(profiles);

        assertEquals(2500, users.size());
        assertEquals(new User(2599, "u2599"), users.get(12_599L));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void reverseFindsTheRowThatLinksToEachKeyWhateverTheRepeatedKeys(Dialect strategy) throws SQLException {
        Sql sql = Sql.rendered(strategy, Sql.of(Dialect.H2, PROFILES + " WHERE {user_id} IN (?*)").text());

        Map<Long, Profile> profiles = Queries.reverse(connection, sql, List.of(3L, 2L, 1L, 2L), Profile::read,
                Profile::user);

        assertEquals(Map.of(2L, new Profile(40, 2L), 1L, new Profile(10, 1L)), profiles);
    }

    /** Keys as given: each key twice, the repeats in other lists than the first (H2 binds 128 keys per list). */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void reverseOverKeysRepeatedAcrossListsFindsEachRowOnce(Dialect strategy) throws SQLException {
        h2.execute("INSERT INTO {user} ({id}, {name}) SELECT X, 'u' || X FROM SYSTEM_RANGE(100, 1399)",
                "INSERT INTO {profile} ({id}, {user_id}) SELECT X + 10000, X FROM SYSTEM_RANGE(100, 1399)");
        Sql sql = Sql.rendered(strategy, Sql.of(Dialect.H2, PROFILES + " WHERE {user_id} IN (?*)").text());
        List<Long> keys = new ArrayList<>(LongStream.range(100, 1400).boxed().toList());
        keys.addAll(LongStream.range(100, 1400).boxed().toList());

        Map<Long, Profile> profiles = Queries.reverse(connection, sql, keys, Profile::read, Profile::user);

        assertEquals(1300, profiles.size());
        assertEquals(new Profile(11_399, 1399L), profiles.get(1399L));
        assertEquals(new Profile(10_100, 100L), profiles.get(100L));
    }

    @Test
    void matchingTellsWhichRowsMatchTheConditionAndLeavesOutKeysWithoutARow() throws SQLException {
        Sql sql = Sql.of(Dialect.H2,
                "SELECT {id}, CASE WHEN ({name} <> ?) THEN 1 ELSE 0 END FROM {user} WHERE {id} IN (?*)");

        Map<Long, Boolean> found = Queries.matching(connection, sql, ps -> ps.setString(1, "grace"),
                List.of(1L, 2L, 9L, 1L), rs -> rs.getLong(1));

        assertEquals(Map.of(1L, true, 2L, false), found);
    }

    @Test
    void matchingReadsKeysAsTheTypeTheCallerComparesThemWith() throws SQLException {
        Sql sql = Sql.of(Dialect.H2,
                "SELECT CAST({id} AS VARCHAR), CASE WHEN ({name} <> ?) THEN 1 ELSE 0 END FROM {user} WHERE {id} IN (?*)");

        Map<Long, Boolean> found = Queries.matching(connection, sql, ps -> ps.setString(1, "grace"), List.of(1L, 2L),
                rs -> Long.valueOf(rs.getString(1)));

        assertEquals(Map.of(1L, true, 2L, false), found);
    }

    @Test
    void reverseManyListsEveryTargetWithItsRowsByKeyWhenTheStatementDoesNotOrderThem() throws SQLException {
        h2.execute("CREATE TABLE {note} ({id} BIGINT PRIMARY KEY, {user_id} BIGINT REFERENCES {user} ({id}))",
                "INSERT INTO {note} ({id}, {user_id}) VALUES (5, 1), (7, 2), (9, 1), (11, 1), (13, 2)");
        // Highest key first: an order the runtime must not keep.
        Sql notes = Sql.of(Dialect.H2, "SELECT {id}, {user_id} FROM {note} WHERE {user_id} IN (?*) ORDER BY {id} DESC");

        Map<Long, List<Profile>> byUser = Queries.reverseMany(connection, notes, List.of(2L, 1L, 3L, 2L), Profile::read,
                Profile::user, Profile::id);

        assertEquals(List.of(2L, 1L, 3L), List.copyOf(byUser.keySet()), "every target once, in the order given");
        assertEquals(List.of(new Profile(5, 1L), new Profile(9, 1L), new Profile(11, 1L)), byUser.get(1L));
        assertEquals(List.of(new Profile(7, 2L), new Profile(13, 2L)), byUser.get(2L));
        assertEquals(List.of(), byUser.get(3L));
    }

    @Test
    void reverseManyKeepsTheStatementsOrderWhenItOrdersTheRows() throws SQLException {
        h2.execute("CREATE TABLE {note} ({id} BIGINT PRIMARY KEY, {user_id} BIGINT REFERENCES {user} ({id}))",
                "INSERT INTO {note} ({id}, {user_id}) VALUES (5, 1), (9, 1)");
        Sql notes = Sql.of(Dialect.H2, "SELECT {id}, {user_id} FROM {note} WHERE {user_id} IN (?*) ORDER BY {id} DESC");

        assertEquals(List.of(new Profile(9, 1L), new Profile(5, 1L)),
                Queries.reverseMany(connection, notes, List.of(1L), Profile::read, Profile::user, null).get(1L));
    }

    private Map<Long, User> forward(List<Profile> profiles) throws SQLException {
        Sql sql = Sql.of(Dialect.H2, USERS + " WHERE {id} IN (?*)");
        return Queries.forward(connection, sql, new ArrayList<>(profiles), Profile::id, Profile::user, User::read, User::id);
    }
}
