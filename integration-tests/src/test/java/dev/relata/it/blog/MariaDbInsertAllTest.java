package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.internal.Sql;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How {@code insertAll} reaches MariaDB, read from the session's own counters: many rows per
 * {@code INSERT}, and no more bytes per row than the bound the generated statement carries, by which
 * the runtime keeps a statement under {@code max_allowed_packet}; and keys that do not run as the
 * server's settings promise are refused. Runs in the live MariaDB run only
 * (the pom leaves it out of the H2 and PostgreSQL runs).
 */
class MariaDbInsertAllTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());

    /**
     * The bound of one more Profile row in a multi-row insert, by the rule of
     * {@link Sql#of(Dialect, String, long)}: a number and two texts of 255 characters, and the text
     * {@code (?, ?, ?)} with its separator at three bytes a character.
     */
    static final long PROFILE_ROW_BYTES = 3 * Sql.VALUE_BYTES + 2 * (Sql.VALUE_BYTES + Sql.TEXT_UNIT_BYTES * 255L)
            + 3 * ("(?, ?, ?)".length() + 2);

    @Test
    void rowsGoManyPerStatementWithTheirOwnKeys() {
        assertEquals(Dialect.MARIADB, database.dialect(), "this class runs in the MariaDB run only");
        long lockMode = status("SELECT @@innodb_autoinc_lock_mode");
        assertTrue(lockMode == 0 || lockMode == 1, "the test server gives one statement's rows consecutive keys");
        List<Profile> given = InsertAllRowsTest.wideProfiles(staff(InsertAllRowsTest.ROWS));

        List<Profile> returned = database.db().inTransaction(() -> {
            long before = status("SHOW SESSION STATUS LIKE 'Com_insert'");
            List<Profile> inserted = profiles.insertAll(given);
            assertEquals(3, status("SHOW SESSION STATUS LIKE 'Com_insert'") - before,
                    "1,201 rows as statements of 500, 500 and 201");
            return inserted;
        });

        InsertAllRowsTest.assertStoredUnderTheirKeys(given, returned, profiles.findAll());
    }

    @Test
    void aStatementTakesNoMoreBytesPerRowThanItsBound() {
        int rows = 400;
        List<Profile> given = InsertAllRowsTest.wideProfiles(staff(rows));
        long sent = database.db().inTransaction(() -> {
            long before = status("SHOW SESSION STATUS LIKE 'Bytes_received'");
            profiles.insertAll(given);
            return status("SHOW SESSION STATUS LIKE 'Bytes_received'") - before;
        });

        // Sent: the choice check's query, the insert of every row and the second status query. Each
        // row's text takes about 760 bytes for its name (a three-byte character, about 250 times) and
        // 505 for its city (characters the driver escapes), so that a bound of 2 bytes a character fails.
        assertTrue(sent > rows * 1_200L, "the rows were sent as the test means them: " + sent + " bytes");
        assertTrue(sent <= rows * PROFILE_ROW_BYTES, sent + " bytes for " + rows + " rows, bound " + PROFILE_ROW_BYTES
                + " a row");
        assertEquals(rows, database.countRows("profile"));
    }

    @Test
    void keysThatDoNotRunFromTheFirstAreRefusedAndTheCallKeepsNothing() throws SQLException {
        List<User> staff = staff(InsertAllRowsTest.ROWS);
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            ProfileDao joined = new ProfileDao(Database.joining(InsertAllRowsTest.onlyConnection(connection),
                    database.dialect()));
            List<Profile> given = InsertAllRowsTest.wideProfiles(staff);
            List<Profile> first = joined.insertAll(given.subList(0, 2));
            try (Statement statement = connection.createStatement()) {
                // After the runtime read the settings: this session's keys now run by 2, not 1.
                statement.execute("SET SESSION auto_increment_increment = 2");
            }

            RelataException refused = assertThrows(RelataException.class,
                    () -> joined.insertAll(given.subList(2, given.size())));

            assertTrue(refused.getMessage().contains("auto_increment_increment"), refused.getMessage());
            assertEquals(first, joined.findAll(), "the rows before kept, none of the refused call");
            assertFalse(connection.getAutoCommit(), "the owner's transaction is still open");
            connection.rollback();
        }
        assertEquals(0, database.countRows("profile"));
    }

    private List<User> staff(int count) {
        List<User> given = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            given.add(new User(0, "staff" + i, true));
        }
        return users.insertAll(given);
    }

    /** The number a query of the session's status or settings gives, in its last column. */
    private long status(String query) {
        return database.db().withConnection(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
                rs.next();
                return Long.parseLong(rs.getString(rs.getMetaData().getColumnCount()));
            }
        });
    }
}
