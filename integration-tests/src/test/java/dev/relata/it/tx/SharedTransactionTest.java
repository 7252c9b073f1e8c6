package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.Profile;
import dev.relata.it.blog.ProfileDao;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two {@link Database} objects over one data source share the transaction the thread has open on it. */
class SharedTransactionTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final Database a = Database.of(database.dataSource(), database.dialect());
    final Database b = Database.of(database.dataSource(), database.dialect());
    final UserDao usersOnB = new UserDao(b);
    final ProfileDao profilesOnA = new ProfileDao(a);

    @Test
    void aWriteThroughTheOtherDatabaseIsRolledBackWithTheTransaction() {
        assertThrows(IllegalStateException.class, () -> a.runInTransaction(() -> {
            usersOnB.insert(new User(0, "ada", true));
            assertTrue(b.inTransaction());
            throw new IllegalStateException("changed my mind");
        }));

        assertEquals(0, database.countRows("user"));
    }

    @Test
    void bothDatabasesCommitTogether() {
        a.runInTransaction(() -> {
            User ada = usersOnB.insert(new User(0, "ada", true));
            profilesOnA.insert(new Profile(0, ada.id(), "Ada", "London"));
            assertEquals(1, usersOnB.count(), "b sees a's transaction");
            assertEquals(0, database.countRows("user"), "nothing is committed before the transaction ends");
        });

        assertEquals(1, database.countRows("user"));
        assertEquals(1, database.countRows("profile"));
    }

    @Test
    void aJoiningDatabaseOverTheSameDataSourceJoinsTheTransactionToo() {
        Database joining = Database.joining(database.dataSource(), database.dialect());
        UserDao users = new UserDao(joining);

        assertThrows(IllegalStateException.class, () -> a.runInTransaction(() -> {
            users.insert(new User(0, "ada", true));
            throw new IllegalStateException("changed my mind");
        }));

        assertEquals(0, database.countRows("user"));
    }
}
