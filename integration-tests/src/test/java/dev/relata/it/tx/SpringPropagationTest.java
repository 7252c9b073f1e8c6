package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.ChoiceNotAllowedException;
import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
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
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relata under Spring's {@code DataSourceTransactionManager} over HikariCP, through
 * {@code Database.joining} over a {@code TransactionAwareDataSourceProxy}, with every propagation
 * Spring offers: what Spring rolls back is gone, what it commits stays, a refused call leaves the
 * transaction usable, and every connection goes back to the pool as it came (auto-commit, read-only,
 * isolation).
 */
class SpringPropagationTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG, ModelPackage.ONDELETE);

    HikariDataSource pool = pool(true);
    DataSourceTransactionManager manager = new DataSourceTransactionManager(pool);
    JdbcTemplate jdbc = new JdbcTemplate(pool);
    Database db = Database.joining(new TransactionAwareDataSourceProxy(pool), database.dialect());
    UserDao users = new UserDao(db);
    ProfileDao profiles = new ProfileDao(db);
    LikeDao likes = new LikeDao(db);
    VaultDao vaults = new VaultDao(db);
    GuardDao guards = new GuardDao(db);

    HikariDataSource pool(boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database.dataSource());
        config.setAutoCommit(autoCommit);
        config.setMaximumPoolSize(3);
        return new HikariDataSource(config);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    TransactionTemplate template(int propagation) {
        TransactionTemplate t = new TransactionTemplate(manager);
        t.setPropagationBehavior(propagation);
        return t;
    }

    String insertUserSql() {
        return Sql.of(database.dialect(), "INSERT INTO {user} ({username}, {is_staff}) VALUES (?, ?)").text();
    }

    List<String> names() {
        return users.findAll().stream().map(User::username).toList();
    }

    void assertPoolClean() throws Exception {
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "every connection is back");
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                all.add(pool.getConnection());
            }
            for (Connection c : all) {
                assertEquals(pool.isAutoCommit(), c.getAutoCommit(), "autocommit");
                assertFalse(c.isReadOnly(), "read only");
                assertEquals(defaultIsolation, c.getTransactionIsolation(), "isolation");
            }
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
    }

    int defaultIsolation;

    @BeforeEach
    void isolation() throws Exception {
        try (Connection c = database.dataSource().getConnection()) {
            defaultIsolation = c.getTransactionIsolation();
        }
    }

    @Test
    void requiresNewCommitsTheInnerTransactionAloneWhileTheOuterIsRolledBack() throws Exception {
        template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
            users.insert(new User(0, "ada", true));
            template(TransactionDefinition.PROPAGATION_REQUIRES_NEW).executeWithoutResult(inner -> {
                users.insert(new User(0, "bob", true));
                assertEquals(1, users.count(), "inner does not see outer");
            });
            assertEquals(2, users.count());
            outer.setRollbackOnly();
        });
        assertEquals(List.of("bob"), names());
        assertPoolClean();
    }

    @Test
    void aRolledBackNestedBlockUndoesRelatasWritesInItAndARefusedCallSpoilsNone() throws Exception {
        User[] ada = new User[1];
        template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
            ada[0] = users.insert(new User(0, "ada", true));
            profiles.insert(new Profile(0, ada[0].id(), "Ada", "London"));
            template(TransactionDefinition.PROPAGATION_NESTED).executeWithoutResult(inner -> {
                users.insert(new User(0, "bob", true));
                assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(0, ada[0].id(), "A", "P")));
                inner.setRollbackOnly();
            });
            template(TransactionDefinition.PROPAGATION_NESTED).executeWithoutResult(inner -> {
                assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(0, ada[0].id(), "A", "P")));
                users.insert(new User(0, "cy", true));
            });
            assertThrows(IllegalStateException.class, () ->
                template(TransactionDefinition.PROPAGATION_NESTED).executeWithoutResult(inner -> {
                    users.insert(new User(0, "dan", true));
                    db.runInTransaction(() -> users.insert(new User(0, "eve", true)));
                    throw new IllegalStateException("no");
                }));
            users.insert(new User(0, "fay", true));
        });
        assertEquals(List.of("ada", "cy", "fay"), names());
        assertPoolClean();
    }

    @Test
    void supportsWithoutATransactionCommitsEachCallAndARefusedOneLeavesNothing() throws Exception {
        template(TransactionDefinition.PROPAGATION_SUPPORTS).executeWithoutResult(s -> {
            User ada = users.insert(new User(0, "ada", true));
            Profile profile = profiles.insert(new Profile(0, ada.id(), "Ada", "London"));
            assertThrows(OneToOneConflictException.class, () -> likes.insertAll(List.of(
                    new Like(new Page(0, profile.id(), "home"), 3), new Like(new Page(0, profile.id(), "away"), 4))));
            jdbc.update(insertUserSql(), "bob", true);
            assertEquals(2, users.count());
            users.insertAll(List.of(new User(0, "cy", true), new User(0, "dan", true)));
            s.setRollbackOnly();
        });
        assertEquals(List.of("ada", "bob", "cy", "dan"), names());
        assertEquals(0, database.countRows("page"));
        assertPoolClean();
    }

    @Test
    void notSupportedAndNeverCommitEachCallOutsideTheSuspendedTransaction() throws Exception {
        template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
            users.insert(new User(0, "ada", true));
            template(TransactionDefinition.PROPAGATION_NOT_SUPPORTED).executeWithoutResult(inner -> {
                users.insert(new User(0, "bob", true));
                users.insertAll(List.of(new User(0, "cy", true), new User(0, "dan", true)));
            });
            outer.setRollbackOnly();
        });
        template(TransactionDefinition.PROPAGATION_NEVER).executeWithoutResult(s -> {
            users.insert(new User(0, "eve", true));
            db.runInTransaction(() -> users.insert(new User(0, "fay", true)));
        });
        assertEquals(List.of("bob", "cy", "dan", "eve", "fay"), names());
        assertPoolClean();
    }

    @Test
    void aWriteInAReadOnlyTransactionFailsAndLeavesItUsable() throws Exception {
        users.insert(new User(0, "ada", true));
        if (database.dialect() == Dialect.H2) {
            return; // H2 takes writes in a read-only transaction; PostgreSQL and MariaDB refuse them
        }
        TransactionTemplate ro = template(TransactionDefinition.PROPAGATION_REQUIRED);
        ro.setReadOnly(true);
        RuntimeException[] caught = new RuntimeException[3];
        ro.executeWithoutResult(s -> {
            caught[0] = assertThrows(RuntimeException.class, () -> users.insert(new User(0, "bob", true)));
            caught[1] = assertThrows(RuntimeException.class, () -> users.insertAll(List.of(new User(0, "x", true), new User(0, "y", true))));
            caught[2] = assertThrows(RuntimeException.class, () -> users.deleteAll(users.findAll()));
            assertEquals(1, users.count());
        });
        for (RuntimeException e : caught) {
            assertTrue(e instanceof RelataException, e::toString);
            assertEquals("25006", ((RelataException) e).sqlState(), e::getMessage);
        }
        assertEquals(List.of("ada"), names());
        assertPoolClean();
    }

    @Test
    void refusedCallsLeaveEveryRowAndTheTransactionCommitsTheRest() throws Exception {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        guards.insert(new Guard(0, vault.id(), "Gil"));
        User ada = users.insert(new User(0, "ada", true));
        User nonStaff = users.insert(new User(0, "nobody", false));
        profiles.insert(new Profile(0, ada.id(), "Ada", "London"));
        template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            users.insert(new User(0, "bob", true));
            assertThrows(ProtectedException.class, () -> vaults.delete(vault));
            assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(0, ada.id(), "Ada", "Paris")));
            assertThrows(ChoiceNotAllowedException.class, () -> profiles.insert(new Profile(0, nonStaff.id(), "N", "P")));
            assertThrows(IntegrityException.class, () -> profiles.insert(new Profile(0, 999_999, "N", "P")));
            assertThrows(IntegrityException.class, () -> guards.insert(new Guard(0, 999_999, "x")));
            assertThrows(RelataException.class, () -> users.update(new User(999_999, "x", true)));
            jdbc.update(insertUserSql(), "cy", false);
            users.insert(new User(0, "dan", true));
        });
        assertEquals(List.of("ada", "nobody", "bob", "cy", "dan"), names());
        assertEquals(1, database.countRows("vault"));
        assertEquals(1, database.countRows("profile"));
        assertPoolClean();
    }

    @Test
    void thousandsOfRowsWrittenAndDeletedAreAllUndoneBySpringsRollback() throws Exception {
        List<User> before = users.insertAll(IntStream.range(0, 3000).mapToObj(i -> new User(0, "u" + i, true)).toList());
        template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            assertEquals(3000, users.deleteAll(before));
            List<User> more = users.insertAll(IntStream.range(0, 4000).mapToObj(i -> new User(0, "v" + i, true)).toList());
            profiles.insertAll(more.stream().map(u -> new Profile(0, u.id(), "n", "c")).toList());
            assertEquals(4000, jdbc.queryForObject("SELECT COUNT(*) FROM " + Sql.of(database.dialect(), "{user}").text(), Long.class));
            s.setRollbackOnly();
        });
        assertEquals(3000, database.countRows("user"));
        assertEquals(0, database.countRows("profile"));
        assertPoolClean();
    }

    @Test
    void springsRequiredInsideRelatasTransactionLeavesRelatasCallsInRelatas() throws Exception {
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            users.insert(new User(0, "ada", true));
            template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> users.insert(new User(0, "bob", true)));
            throw new IllegalStateException("no");
        }));
        db.runInTransaction(() -> {
            users.insert(new User(0, "cy", true));
            template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> users.insert(new User(0, "dan", true)));
        });
        assertEquals(List.of("cy", "dan"), names());
        assertPoolClean();
    }

    @Test
    void anIsolationLevelSpringSetsHoldsInsideAndIsRestoredAfter() throws Exception {
        TransactionTemplate t = template(TransactionDefinition.PROPAGATION_REQUIRED);
        t.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        t.executeWithoutResult(s -> {
            users.insert(new User(0, "ada", true));
            assertThrows(OneToOneConflictException.class, () -> {
                User u = users.findAll().get(0);
                profiles.insert(new Profile(0, u.id(), "a", "b"));
                profiles.insert(new Profile(0, u.id(), "a", "b"));
            });
            db.withConnection(c -> {
                assertEquals(Connection.TRANSACTION_SERIALIZABLE, c.getTransactionIsolation());
                return null;
            });
        });
        TransactionTemplate r = template(TransactionDefinition.PROPAGATION_REQUIRED);
        r.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        r.setReadOnly(true);
        r.executeWithoutResult(s -> assertEquals(1, users.count()));
        assertEquals(1, database.countRows("profile"));
        assertPoolClean();
    }

    @Test
    void jdbcTemplateAndRelataSeeEachOthersWritesInOneTransaction() throws Exception {
        template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            User ada = users.insert(new User(0, "ada", true));
            assertEquals("ada", jdbc.queryForObject(Sql.of(database.dialect(), "SELECT {username} FROM {user} WHERE {id} = ?").text(), String.class, ada.id()));
            jdbc.update(insertUserSql(), "bob", true);
            assertEquals(List.of("ada", "bob"), names());
            users.deleteById(ada.id());
            assertEquals(1L, jdbc.queryForObject(Sql.of(database.dialect(), "SELECT COUNT(*) FROM {user}").text(), Long.class));
        });
        assertEquals(List.of("bob"), names());
        assertPoolClean();
    }

    @Test
    void aPoolWithAutoCommitOffWorksUnderSpring() throws Exception {
        pool.close();
        pool = pool(false);
        manager = new DataSourceTransactionManager(pool);
        jdbc = new JdbcTemplate(pool);
        db = Database.joining(new TransactionAwareDataSourceProxy(pool), database.dialect());
        users = new UserDao(db);
        profiles = new ProfileDao(db);
        template(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            User ada = users.insert(new User(0, "ada", true));
            assertThrows(OneToOneConflictException.class, () -> {
                profiles.insert(new Profile(0, ada.id(), "a", "b"));
                profiles.insert(new Profile(0, ada.id(), "a", "b"));
            });
            template(TransactionDefinition.PROPAGATION_REQUIRES_NEW).executeWithoutResult(i -> users.insert(new User(0, "bob", true)));
            template(TransactionDefinition.PROPAGATION_NESTED).executeWithoutResult(i -> {
                users.insert(new User(0, "cy", true));
                i.setRollbackOnly();
            });
        });
        assertEquals(List.of("ada", "bob"), database.rows("user").stream().map(r -> r.split(", ")[1]).toList());
        assertPoolClean();
    }

    @Test
    void databaseOfCommitsEveryCallOnAPoolWithAutoCommitOff() throws Exception {
        pool.close();
        pool = pool(false);
        Database own = Database.of(pool, database.dialect());
        UserDao u = new UserDao(own);
        ProfileDao p = new ProfileDao(own);
        User ada = u.insert(new User(0, "ada", true));
        own.withConnection(c -> {
            try (var st = c.prepareStatement(insertUserSql())) {
                st.setString(1, "bob");
                st.setBoolean(2, true);
                st.executeUpdate();
            }
            return null;
        });
        p.insertAll(List.of(new Profile(0, ada.id(), "a", "b")));
        assertEquals(2, u.count());
        u.findById(ada.id());
        p.userFor(p.findAll());
        own.inTransaction(() -> u.insert(new User(0, "cy", true)));
        assertPoolClean();
        pool.close();
        assertEquals(3, database.countRows("user"));
        assertEquals(1, database.countRows("profile"));
    }
}
