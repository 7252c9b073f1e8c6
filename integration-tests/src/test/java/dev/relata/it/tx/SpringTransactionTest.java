package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Database;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.internal.Sql;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.Like;
import dev.relata.it.blog.LikeDao;
import dev.relata.it.blog.Page;
import dev.relata.it.blog.Profile;
import dev.relata.it.blog.ProfileDao;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import dev.relata.it.ondelete.Guard;
import dev.relata.it.ondelete.GuardDao;
import dev.relata.it.ondelete.Vault;
import dev.relata.it.ondelete.VaultDao;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relata inside an application's Spring transactions, set up as the README says: Spring's
 * {@link DataSourceTransactionManager} over the data source, and {@link Database#joining} over a
 * {@link TransactionAwareDataSourceProxy} of it. Spring owns the transaction; Relata joins it and
 * never ends it.
 */
class SpringTransactionTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG, ModelPackage.ONDELETE);

    final DataSourceTransactionManager manager = new DataSourceTransactionManager(database.dataSource());
    final TransactionTemplate transaction = new TransactionTemplate(manager);
    final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    final Database db = Database.joining(new TransactionAwareDataSourceProxy(database.dataSource()), database.dialect());
    final UserDao users = new UserDao(db);
    final ProfileDao profiles = new ProfileDao(db);
    final LikeDao likes = new LikeDao(db);
    final VaultDao vaults = new VaultDao(db);
    final GuardDao guards = new GuardDao(db);

    @Test
    void springsRollbackUndoesRelatasWrites() {
        transaction.executeWithoutResult(status -> {
            User ada = users.insert(new User(0, "ada", true));
            Profile profile = profiles.insert(new Profile(0, ada.id(), "Ada", "London"));
            likes.insert(new Like(new Page(0, profile.id(), "home"), 3));
            assertEquals(1, likes.count(), "inside the transaction");
            status.setRollbackOnly();
        });

        assertEquals(0, database.countRows("user"));
        assertEquals(0, database.countRows("profile"));
        assertEquals(0, database.countRows("page"));
        assertEquals(0, database.countRows("like"));
    }

    @Test
    void aRelataReadDoesNotCommitTheApplicationsWork() {
        transaction.executeWithoutResult(status -> {
            jdbc.update(Sql.of(database.dialect(), "INSERT INTO {user} ({username}, {is_staff}) VALUES (?, ?)").text(), "ada", true);
            assertEquals(1, users.count());
            assertEquals(1, users.findAll().size());
            status.setRollbackOnly();
        });

        assertEquals(0, database.countRows("user"), "the application's own write was rolled back with its transaction");
    }

    @Test
    void aRefusedCallLeavesTheTransactionUsable() {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        guards.insert(new Guard(0, vault.id(), "Gil"));
        User ada = users.insert(new User(0, "ada", true));
        profiles.insert(new Profile(0, ada.id(), "Ada", "London"));

        transaction.executeWithoutResult(status -> {
            users.insert(new User(0, "bob", true));
            assertThrows(ProtectedException.class, () -> vaults.delete(vault));
            assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(0, ada.id(), "Ada", "Paris")));
            jdbc.update(Sql.of(database.dialect(), "INSERT INTO {user} ({username}, {is_staff}) VALUES (?, ?)").text(), "cy", false);
            users.insert(new User(0, "dan", true));
        });

        assertEquals(List.of("ada", "bob", "cy", "dan"), users.findAll().stream().map(User::username).toList());
        assertEquals(1, database.countRows("vault"));
        assertEquals(1, database.countRows("profile"));
    }

    @Test
    void runInTransactionInsideSpringsTransactionJoinsIt() {
        transaction.executeWithoutResult(status -> {
            db.runInTransaction(() -> users.insert(new User(0, "ada", true)));
            assertFalse(db.inTransaction(), "Relata's scope has ended, Spring's has not");
            status.setRollbackOnly();
        });

        assertEquals(0, database.countRows("user"), "Relata did not commit Spring's transaction");
    }

    @Test
    void aFailingRunInTransactionInsideSpringsRollsBackOnlyItsOwnWrites() {
        transaction.executeWithoutResult(status -> {
            users.insert(new User(0, "ada", true));
            assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
                users.insert(new User(0, "bob", true));
                throw new IllegalStateException("changed my mind");
            }));
            users.insert(new User(0, "cy", true));
        });

        assertEquals(List.of("ada", "cy"), users.findAll().stream().map(User::username).toList());
    }

    @Test
    void outsideASpringTransactionEachWriteCommits() {
        User ada = users.insert(new User(0, "ada", true));
        Profile profile = profiles.insert(new Profile(0, ada.id(), "Ada", "London"));
        likes.insert(new Like(new Page(0, profile.id(), "home"), 3));

        assertEquals(1, database.countRows("user"));
        assertEquals(1, database.countRows("page"));
        assertEquals(1, database.countRows("like"));
        assertFalse(db.inTransaction());
    }

    @Test
    void outsideASpringTransactionAParentAndChildInsertIsAtomic() {
        User ada = users.insert(new User(0, "ada", true));
        Profile profile = profiles.insert(new Profile(0, ada.id(), "Ada", "London"));

        // The second page links to the same profile: refused after the first page and like were written.
        assertThrows(OneToOneConflictException.class, () -> likes.insertAll(List.of(
                new Like(new Page(0, profile.id(), "home"), 3), new Like(new Page(0, profile.id(), "away"), 4))));

        assertEquals(0, database.countRows("page"));
        assertEquals(0, database.countRows("like"));
    }
}
