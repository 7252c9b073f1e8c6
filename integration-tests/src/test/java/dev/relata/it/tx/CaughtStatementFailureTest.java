package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.internal.Sql;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application's own SQL in {@link Database#withTransaction} and {@link Database#withConnection}
 * catching a failed statement's exception and going on, in a transaction Relata commits. On
 * PostgreSQL the failed statement has aborted the transaction, whose commit would roll everything
 * back without a word: the work ends with an exception and commits nothing. H2 and MariaDB undo
 * just the failed statement, and the rest of the work commits.
 */
class CaughtStatementFailureTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final Database db = Database.of(database.dataSource(), database.dialect());
    final UserDao users = new UserDao(db);

    @Test
    void withTransactionThatGoesOnAfterAFailedStatementCommitsAllOrNothing() {
        assertAllOrNothing(2, () -> db.withTransaction(connection -> insertThenCatchAFailedStatement(users, connection)));
    }

    @Test
    void withConnectionOnAConnectionWithoutAutoCommitThatGoesOnAfterAFailedStatementCommitsAllOrNothing() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database.dataSource());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Database overPool = Database.of(pool, database.dialect());
            UserDao usersOverPool = new UserDao(overPool);

            assertAllOrNothing(2, () -> overPool.withConnection(connection ->
                    insertThenCatchAFailedStatement(usersOverPool, connection)));
        }
    }

    @Test
    void nestedWorkThatGoesOnAfterAFailedStatementLeavesTheTransactionGoingWithoutItsWrites() {
        db.runInTransaction(() -> {
            users.insert(new User(0, "ada", true));
            Runnable nested = () -> db.withTransaction(connection -> insertThenCatchAFailedStatement(users, connection));
            if (database.dialect() == Dialect.POSTGRESQL) {
                RelataException failure = assertThrows(RelataException.class, nested::run);
                assertTrue(failure.getMessage().contains("PostgreSQL aborted the transaction at that statement, and Relata"
                        + " rolled back what the work wrote"), failure.getMessage());
            } else {
                nested.run();
            }
            users.insert(new User(0, "dee", true));
        });

        List<String> committed = users.findAll().stream().map(User::username).toList();
        assertEquals(database.dialect() == Dialect.POSTGRESQL ? List.of("ada", "dee") : List.of("ada", "bob", "cy", "dee"),
                committed);
    }

    @Test
    void aStatementThatMayFailRunsInANestedWithConnection() {
        db.withTransaction(connection -> {
            users.insert(new User(0, "ada", true));
            assertThrows(RelataException.class, () -> db.withConnection(nested -> failedStatement(nested)));
            insert(connection, "bob");
            return null;
        });

        assertEquals(List.of("ada", "bob"), users.findAll().stream().map(User::username).toList());
    }

    /**
     * Writes a user with the DAO and one on the connection, then runs a statement that fails and
     * catches its exception.
     */
    private Void insertThenCatchAFailedStatement(UserDao users, Connection connection) throws SQLException {
        users.insert(new User(0, "bob", true));
        insert(connection, "cy");
        try {
            failedStatement(connection);
        } catch (SQLException e) {
            // Going on, as if the statement had not mattered.
        }
        return null;
    }

    /**
     * Runs the work: on PostgreSQL it throws, saying why, and nothing of it is committed; on H2 and
     * MariaDB it returns, and its {@code written} rows are committed.
     */
    private void assertAllOrNothing(int written, Runnable work) {
        if (database.dialect() == Dialect.POSTGRESQL) {
            RelataException failure = assertThrows(RelataException.class, work::run);
            assertTrue(failure.getMessage().contains("PostgreSQL aborted the transaction"), failure.getMessage());
            assertInstanceOf(SQLException.class, failure.getCause());
            assertEquals(0, database.countRows("user"), "nothing of the work was committed");
        } else {
            work.run();
            assertEquals(written, database.countRows("user"), "the work's writes were committed");
        }
    }

    private void insert(Connection connection, String username) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(Sql.of(database.dialect(),
                    "INSERT INTO {user} ({username}, {is_staff}) VALUES ('" + username + "', TRUE)").text());
        }
    }

    private static Object failedStatement(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.execute("SELECT 1 FROM relata_no_such_table");
        }
    }
}
