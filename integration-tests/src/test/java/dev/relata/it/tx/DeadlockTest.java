package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.RelataException;
import dev.relata.TransientException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import dev.relata.it.keys.TokenDao;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failures that end a transaction, or would abort it, caught by the application inside
 * {@code runInTransaction}: the transaction still ends in one of two honest states, all its work
 * committed and no exception, or nothing of it committed and an exception.
 */
class DeadlockTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final Database db = Database.of(database.dataSource(), database.dialect());
    final UserDao users = new UserDao(db);

    /** What one of the two threads saw. */
    record Outcome(String name, boolean caughtTransient, Throwable thrown) {}

    /** Where the victim's second write, which it catches the deadlock's exception of, runs. */
    enum Shape {
        /** In the transaction itself. */
        FLAT,
        /** In a nested {@code runInTransaction} whose work catches the exception and returns. */
        NESTED,
        /**
         * As {@link #NESTED}, in a Spring transaction that Relata joins through {@link Database#joining}:
         * the {@code runInTransaction} is Relata's outermost scope.
         */
        NESTED_IN_SPRING
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aDeadlockVictimThatCatchesTheExceptionAndGoesOnCommitsAllOrNothing(Shape shape) throws Exception {
        User a = users.insert(new User(0, "a", true));
        User b = users.insert(new User(0, "b", true));
        CyclicBarrier bothHoldALock = new CyclicBarrier(2);

        List<Outcome> outcomes = inParallel(
                () -> lockBoth(shape, "first", a, b, bothHoldALock),
                () -> lockBoth(shape, "second", b, a, bothHoldALock));

        assertTrue(outcomes.stream().anyMatch(Outcome::caughtTransient), "one of them was a deadlock victim: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.thrown() == null), "one of them committed: " + outcomes);
        List<String> names = users.findAll().stream().map(User::username).toList();
        for (Outcome outcome : outcomes) {
            if (outcome.thrown() == null) {
                assertTrue(names.contains(outcome.name() + " began") && names.contains(outcome.name() + " ended"),
                        "a transaction that returned committed its first and its last write: " + names);
            } else {
                assertInstanceOf(TransientException.class, outcome.thrown(), "the victim's transaction says so at its end");
                assertTrue(!names.contains(outcome.name() + " began") && !names.contains(outcome.name() + " ended"),
                        "nothing of a transaction that threw is committed: " + names);
            }
        }
    }

    /**
     * In one transaction: renames {@code first}, waits for the other thread to lock its row, then
     * renames {@code second} where {@code shape} says, catching a deadlock's exception there.
     */
    private Outcome lockBoth(Shape shape, String name, User first, User second, CyclicBarrier bothHoldALock) {
        Database on = shape == Shape.NESTED_IN_SPRING
                ? Database.joining(new TransactionAwareDataSourceProxy(database.dataSource()), database.dialect())
                : db;
        UserDao dao = new UserDao(on);
        AtomicBoolean caught = new AtomicBoolean();
        Runnable secondRename = () -> {
            try {
                dao.update(new User(second.id(), name, true));
            } catch (TransientException e) {
                caught.set(true);
            }
        };
        Runnable work = () -> {
            dao.insert(new User(0, name + " began", false));
            dao.update(new User(first.id(), name, true));
            await(bothHoldALock);
            if (shape == Shape.FLAT) {
                secondRename.run();
            } else {
                on.runInTransaction(secondRename);
            }
            dao.insert(new User(0, name + " ended", false));
        };
        try {
            if (shape == Shape.NESTED_IN_SPRING) {
                new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()))
                        .executeWithoutResult(status -> work.run());
            } else {
                db.runInTransaction(work);
            }
            return new Outcome(name, caught.get(), null);
        } catch (RuntimeException e) {
            return new Outcome(name, caught.get(), e);
        }
    }

    @Test
    void aReadThatTheDatabaseRefusesCaughtInsideATransactionLeavesItUsable() {
        TokenDao missingTable = new TokenDao(db);

        db.runInTransaction(() -> {
            users.insert(new User(0, "ada", true));
            RelataException refused = org.junit.jupiter.api.Assertions.assertThrows(RelataException.class, missingTable::count);
            assertTrue(refused.getCause() != null, "the database's refusal is the cause");
            users.insert(new User(0, "bob", true));
        });

        assertEquals(List.of("ada", "bob"), users.findAll().stream().map(User::username).toList(),
                "both writes were committed; on PostgreSQL the refused read aborted nothing");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other thread never locked its row", e);
        }
    }

    @SafeVarargs
    private static List<Outcome> inParallel(java.util.function.Supplier<Outcome>... tasks) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<AtomicReference<Outcome>> results = new ArrayList<>();
        for (java.util.function.Supplier<Outcome> task : tasks) {
            AtomicReference<Outcome> result = new AtomicReference<>();
            results.add(result);
            Thread thread = new Thread(() -> result.set(task.get()));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        return results.stream().map(AtomicReference::get).toList();
    }
}
