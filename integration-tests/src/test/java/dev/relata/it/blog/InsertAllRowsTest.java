package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.IntegrityException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code insertAll} of more rows than one statement takes, with text as wide as the columns allow and
 * as long as a driver can make it (three-byte characters, characters it escapes), on every target:
 * each row comes back with its own key, a failure part-way keeps nothing, and a joined transaction
 * is left open. On MariaDB these rows go as multi-row {@code INSERT ... RETURNING} statements, their
 * keys matched to the rows by the consecutive keys InnoDB gives one statement's rows.
 */
class InsertAllRowsTest {
    /** More than two statements' worth of rows, the last statement a short one. */
    static final int ROWS = 1_201;

    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());

    /** Staff users, one per profile, inserted with {@code insertAll} too. */
    private List<User> staff(int count) {
        List<User> given = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            given.add(new User(0, "staff" + i, true));
        }
        return users.insertAll(given);
    }

    /** A profile for each user, its name and city 255 characters each, different in every row. */
    static List<Profile> wideProfiles(List<User> users) {
        List<Profile> given = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            given.add(new Profile(0, users.get(i).id(), pad(i + ":", "\u20ac"), pad(i + "'", "'\\\"")));
        }
        return given;
    }

    /** {@code start}, then {@code fill} repeated, cut to 255 characters. */
    static String pad(String start, String fill) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < 255) {
            text.append(fill);
        }
        return text.substring(0, 255);
    }

    /** Each returned record is the given row with the key it is stored under, and no two share one. */
    static void assertStoredUnderTheirKeys(List<Profile> given, List<Profile> returned, List<Profile> stored) {
        assertEquals(given.size(), returned.size());
        Map<Long, Profile> byKey = new HashMap<>();
        for (Profile profile : stored) {
            byKey.put(profile.id(), profile);
        }
        assertEquals(given.size(), byKey.size(), "rows stored");
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Profile row = returned.get(i);
            assertTrue(keys.add(row.id()), "a key of its own for row " + i);
            assertEquals(new Profile(row.id(), given.get(i).user(), given.get(i).name(), given.get(i).city()), row,
                    "row " + i + " as given, with its key");
            assertEquals(row, byKey.get(row.id()), "row " + i + " stored under the key returned for it");
        }
    }

    @Test
    void everyRowComesBackWithTheKeyItIsStoredUnder() {
        List<User> staff = staff(ROWS);
        List<Profile> given = wideProfiles(staff);

        List<Profile> returned = profiles.insertAll(given);

        assertStoredUnderTheirKeys(given, returned, profiles.findAll());
        assertEquals(staff, users.findAll(), "the users too, inserted with insertAll");
    }

    @Test
    void aRowThatFailsAfterWholeStatementsRanKeepsNothing() {
        List<Profile> given = new ArrayList<>(wideProfiles(staff(ROWS)));
        Profile last = given.get(ROWS - 1);
        given.set(ROWS - 1, new Profile(0, last.user(), last.name() + "!", last.city()));

        assertThrows(IntegrityException.class, () -> profiles.insertAll(given));

        assertEquals(0, database.countRows("profile"));
        assertEquals(ROWS, database.countRows("user"));
    }

    @Test
    void aJoinedTransactionStaysOpenAndItsOwnerDecides() throws SQLException {
        List<User> staff = staff(ROWS);
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            Database joining = Database.joining(onlyConnection(connection), database.dialect());
            ProfileDao joined = new ProfileDao(joining);
            List<Profile> given = wideProfiles(staff);

            List<Profile> returned = joined.insertAll(given);
            Profile refused = new Profile(0, staff.get(0).id(), "x".repeat(256), "city");
            assertThrows(IntegrityException.class, () -> joined.insertAll(List.of(refused)));

            assertFalse(connection.getAutoCommit(), "still the owner's transaction");
            assertStoredUnderTheirKeys(given, returned, joined.findAll());
            assertEquals(0, database.countRows("profile"), "nothing committed by insertAll");
            connection.rollback();
            assertEquals(0, joined.count(), "the owner rolled everything back");
        }
    }

    /** Hands out the one connection, which closing leaves open, as a pool bound to a transaction would. */
    static DataSource onlyConnection(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(InsertAllRowsTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(InsertAllRowsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
