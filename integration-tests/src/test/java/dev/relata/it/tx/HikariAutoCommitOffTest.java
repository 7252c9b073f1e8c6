package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.Database;
import dev.relata.OneToOneConflictException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.Like;
import dev.relata.it.blog.LikeDao;
import dev.relata.it.blog.Page;
import dev.relata.it.blog.Profile;
import dev.relata.it.blog.ProfileDao;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Database#of} over a HikariCP pool that hands connections out with auto-commit off, as many
 * applications configure it: every write is committed, and every connection goes back to the pool
 * as it came, with no transaction left open on it.
 */
class HikariAutoCommitOffTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final HikariDataSource pool = pool(database);
    final Database db = Database.of(pool, database.dialect());
    final UserDao users = new UserDao(db);
    final ProfileDao profiles = new ProfileDao(db);
    final LikeDao likes = new LikeDao(db);

    private static HikariDataSource pool(TestDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database.dataSource());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        config.setPoolName("relata-test");
        return new HikariDataSource(config);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void nothingWrittenIsLost() {
        User ada = users.insert(new User(0, "ada", true));
        List<User> more = users.insertAll(List.of(new User(0, "bob", true), new User(0, "cy", false)));
        Profile profile = profiles.insert(new Profile(0, ada.id(), "Ada", "London"));
        likes.insert(new Like(new Page(0, profile.id(), "home"), 3));
        users.update(new User(more.get(1).id(), "cy", true));
        db.runInTransaction(() -> profiles.insert(new Profile(0, more.get(0).id(), "Bob", "Paris")));
        users.deleteById(more.get(1).id());

        pool.close();
        assertEquals(2, database.countRows("user"));
        assertEquals(2, database.countRows("profile"));
        assertEquals(1, database.countRows("page"));
        assertEquals(1, database.countRows("like"));
    }

    @Test
    void readsEndTheirTransactionAndFailuresRollBack() throws SQLException {
        User ada = users.insert(new User(0, "ada", true));
        profiles.insert(new Profile(0, ada.id(), "Ada", "London"));
        assertEquals(1, users.count());
        assertEquals(1, profiles.findAll().size());
        assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(0, ada.id(), "Ada", "Paris")));
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            users.insert(new User(0, "bob", true));
            throw new IllegalStateException("changed my mind");
        }));

        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "every connection is back in the pool");
        // Each connection of the pool comes out as it went in: auto-commit off, nothing pending on it.
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            for (Connection connection : List.of(first, second)) {
                assertFalse(connection.getAutoCommit());
                connection.rollback();
            }
        }
        pool.close();
        assertEquals(1, database.countRows("user"), "bob was rolled back, ada was committed");
        assertEquals(1, database.countRows("profile"));
    }
}
