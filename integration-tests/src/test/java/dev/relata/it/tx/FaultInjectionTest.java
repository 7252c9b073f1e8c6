package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.ChoiceNotAllowedException;
import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
import dev.relata.it.FaultyDataSource;
import dev.relata.it.FaultyDataSource.Mode;
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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JDBC call of an operation fails in turn, in each {@link Mode}: the database then holds
 * exactly what it held before the operation, with a typed exception that says what happened (or,
 * for a call that failed with an unchecked exception, that exception), or exactly the operation's
 * finished work, with no exception; and no connection is left open.
 */
class FaultInjectionTest {
    private static final List<String> TABLES = List.of("user", "profile", "page", "like", "vault", "guard");

    /** The rows every run starts from, by their generated keys. */
    record Fixture(long ada, long bob, long cy, long dan, long adaProfile, long bobProfile, long cyProfile, long vault) {}

    /** The DAOs the operations use, over one database. */
    record Daos(Database db, UserDao users, ProfileDao profiles, LikeDao likes, VaultDao vaults, GuardDao guards) {
        Daos(Database db) {
            this(db, new UserDao(db), new ProfileDao(db), new LikeDao(db), new VaultDao(db), new GuardDao(db));
        }
    }

    @FunctionalInterface
    interface Work {
        void run(Daos daos, Fixture fixture);
    }

    /** An operation, and the exception it throws when nothing fails (null when it succeeds). */
    enum Operation {
        INSERT_CHILD_WITH_ITS_PARENT_ROW(null, (d, f) -> d.likes().insert(new Like(new Page(0, f.bobProfile(), "bob"), 7))),
        INSERT_ALL(null, (d, f) -> d.likes().insertAll(List.of(
                new Like(new Page(0, f.bobProfile(), "bob"), 1), new Like(new Page(0, f.cyProfile(), "cy"), 2)))),
        CASCADE_DELETE(null, (d, f) -> d.users().deleteById(f.ada())),
        REFUSED_PROTECT_DELETE(ProtectedException.class, (d, f) -> d.vaults().deleteById(f.vault())),
        LIMIT_CHOICES_TO_REFUSAL(ChoiceNotAllowedException.class,
                (d, f) -> d.profiles().insert(new Profile(0, f.dan(), "Dan", "Oslo"))),
        TRANSACTION_OF_SEVERAL_CALLS(null, (d, f) -> d.db().runInTransaction(() -> {
            User eve = d.users().insert(new User(0, "eve", true));
            Profile profile = d.profiles().insert(new Profile(0, eve.id(), "Eve", "Rome"));
            d.likes().insert(new Like(new Page(0, profile.id(), "eve"), 1));
            assertEquals(5, d.users().count());
        }));

        final Class<? extends RelataException> refusal;
        final Work work;

        Operation(Class<? extends RelataException> refusal, Work work) {
            this.refusal = refusal;
            this.work = work;
        }
    }

    /** How the database under test is made, and how its data source hands connections out. */
    enum Kind {
        OF(Database::of, false),
        /** As a pool configured with auto-commit off (HikariCP's {@code autoCommit=false}) hands them out. */
        OF_OVER_A_POOL_WITHOUT_AUTO_COMMIT(Database::of, true),
        JOINING(Database::joining, false);

        final BiFunction<DataSource, Dialect, Database> make;
        final boolean autoCommitOff;

        Kind(BiFunction<DataSource, Dialect, Database> make, boolean autoCommitOff) {
            this.make = make;
            this.autoCommitOff = autoCommitOff;
        }

        /** The data source the faults are injected over. */
        DataSource underneath(DataSource dataSource) {
            if (!autoCommitOff) {
                return dataSource;
            }
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (self, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(dataSource, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof Connection connection) {
                            connection.setAutoCommit(false);
                        }
                        return result;
                    });
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Mode mode : Mode.values()) {
                for (Kind kind : Kind.values()) {
                    cases.add(Arguments.of(operation, mode, kind));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("cases")
    void everyFailingCallEndsInOneOfTheTwoHonestStates(Operation operation, Mode mode, Kind kind) {
        Run reference = run(operation, mode, kind, 0);
        if (reference.thrown != null && reference.thrown.getClass() != operation.refusal) {
            throw new AssertionError("without a fault, the operation succeeds or is refused as designed", reference.thrown);
        }
        assertTrue(reference.calls > 3, "the operation makes JDBC calls: " + reference.calls);
        for (long n = 1; n <= reference.calls; n++) {
            Run run = run(operation, mode, kind, n);
            String context = operation + ", " + mode + ", " + kind + ", failing call " + n + " of "
                    + reference.calls + ": " + run.thrown;
            assertNotNull(run.fault, context);
            assertEquals(0, run.openConnections, "connections left open; " + context);
            if (run.thrown == null) {
                assertNull(operation.refusal, "a refused operation reported success; " + context);
                assertEquals(reference.after, run.after, "the operation's work, exactly; " + context);
                continue;
            }
            assertEquals(run.before, run.after, "the database as it was before; " + context);
            if (mode == Mode.UNCHECKED && run.thrown == run.fault) {
                continue; // an unchecked failure goes on as thrown, the transaction rolled back
            }
            assertInstanceOf(RelataException.class, run.thrown, context);
            boolean refused = operation.refusal != null && operation.refusal.isInstance(run.thrown);
            if (!refused) {
                assertEquals(RelataException.class, run.thrown.getClass(), "a failure that is no refusal; " + context);
                assertTrue(reaches(run.thrown, run.fault), "the exception carries the failure; " + context);
            }
        }
    }

    /** What one run of an operation did, failing the {@code n}th call (none for 0). */
    record Run(long calls, Exception fault, Throwable thrown, List<String> before, List<String> after, int openConnections) {}

    private Run run(Operation operation, Mode mode, Kind kind, long n) {
        TestDatabase database = TestDatabase.with(ModelPackage.BLOG, ModelPackage.ONDELETE);
        try {
            Fixture fixture = fixture(new Daos(Database.of(database.dataSource(), database.dialect())));
            List<String> before = snapshot(database);
            FaultyDataSource faulty = new FaultyDataSource(kind.underneath(database.dataSource()));
            Daos daos = new Daos(kind.make.apply(faulty.dataSource(), database.dialect()));
            faulty.arm(mode, n);
            Throwable thrown = null;
            try {
                operation.work.run(daos, fixture);
            } catch (RuntimeException | Error e) {
                thrown = e;
            }
            return new Run(faulty.calls(), faulty.fault(), thrown, before, snapshot(database), faulty.openConnections());
        } finally {
            database.close();
        }
    }

    private static Fixture fixture(Daos daos) {
        User ada = daos.users().insert(new User(0, "ada", true));
        User bob = daos.users().insert(new User(0, "bob", true));
        User cy = daos.users().insert(new User(0, "cy", true));
        User dan = daos.users().insert(new User(0, "dan", false));
        Profile adaProfile = daos.profiles().insert(new Profile(0, ada.id(), "Ada", "London"));
        Profile bobProfile = daos.profiles().insert(new Profile(0, bob.id(), "Bob", "Paris"));
        Profile cyProfile = daos.profiles().insert(new Profile(0, cy.id(), "Cy", "Lima"));
        daos.likes().insert(new Like(new Page(0, adaProfile.id(), "ada"), 3));
        Vault vault = daos.vaults().insert(new Vault(0, "gold"));
        daos.guards().insert(new Guard(0, vault.id(), "Gil"));
        return new Fixture(ada.id(), bob.id(), cy.id(), dan.id(), adaProfile.id(), bobProfile.id(), cyProfile.id(), vault.id());
    }

    /** Every row of the tables the operations touch, read with plain SQL. */
    private static List<String> snapshot(TestDatabase database) {
        List<String> rows = new ArrayList<>();
        for (String table : TABLES) {
            rows.add(table + ": " + database.rows(table));
        }
        return rows;
    }

    /** Whether {@code failure} is {@code cause}, or reaches it through causes and suppressed exceptions. */
    private static boolean reaches(Throwable failure, Throwable cause) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable next = pending.remove(pending.size() - 1);
            if (next == null || seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            if (next == cause) {
                return true;
            }
            pending.add(next.getCause());
            pending.addAll(List.of(next.getSuppressed()));
        }
        return false;
    }
}
