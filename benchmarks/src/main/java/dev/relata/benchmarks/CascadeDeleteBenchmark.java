package dev.relata.benchmarks;

import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.User;
import dev.relata.benchmarks.model.UserDao;
import dev.relata.benchmarks.orm.HibernateWork;
import dev.relata.internal.DeletePlan;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Scenario 4: deleting 10,000 users, each with its profile, page and like, in one transaction; every
 * link is CASCADE (the like goes with its page, multi-table inheritance). One delete of 10,000 chains
 * per measurement; the chains are inserted again before each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CascadeDeleteBenchmark {
    @Param({"h2", "postgresql"})
    public String database;

    private Fixture fixture;
    private UserDao userDao;
    private PlainJdbc jdbc;
    private HibernateWork hibernate;
    private DeletePlan userDeletePlan;
    private List<User> users;
    private List<Long> userIds;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        fixture = Fixture.open(database);
        userDao = new UserDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        if (Scenarios.usesHibernate(params)) {
            hibernate = new HibernateWork(fixture.sessionFactory());
        }
        userDeletePlan = generatedDeletePlan(userDao);
    }

    /** The delete plan the generated DAO holds, the very object its {@code delete} runs. */
    private static DeletePlan generatedDeletePlan(UserDao dao) {
        try {
            Field field = UserDao.class.getDeclaredField("deletePlan");
            field.setAccessible(true);
            return (DeletePlan) field.get(dao);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("UserDao has no deletePlan field", e);
        }
    }

    @Setup(Level.Iteration)
    public void insertChains() {
        fixture.insertRows(Fixture.CHAINS, true, true);
        users = Scenarios.shuffled(userDao.findAll());
        userIds = users.stream().map(User::id).toList();
    }

    @TearDown(Level.Iteration)
    public void checkDeleted() {
        for (String table : new String[] {"user", "profile", "page", "like"}) {
            fixture.expectRows(table, 0);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    /**
     * The generated DAO: it deletes one row per call ({@code delete(user)}), so 10,000 calls, in one
     * transaction (each call under a savepoint); each is one DELETE that the foreign keys cascade.
     */
    @Benchmark
    public void generated() {
        fixture.db().runInTransaction(() -> {
            for (User user : users) {
                userDao.delete(user);
            }
        });
    }

    /**
     * The generated DAO's delete plan given all 10,000 keys at once, as a bulk {@code deleteAll} on the
     * DAO would run it: one DELETE per 1,024 keys.
     */
    @Benchmark
    public int generatedPlanAllKeys() {
        return fixture.db().withTransaction(connection -> userDeletePlan.delete(connection, "User", userIds));
    }

    /** Hand-written JDBC: one DELETE per 1,024 keys, the cascade left to ON DELETE CASCADE. */
    @Benchmark
    public int jdbc() {
        return jdbc.deleteUsers(userIds);
    }

    /** Django's collector in JDBC: the keys of each level loaded, then deleted bottom-up. */
    @Benchmark
    public int djangoStyleJdbc() {
        return jdbc.deleteUsersLevelByLevel(userIds);
    }

    /** Hibernate: bulk HQL delete, one statement per 1,024 keys, the cascade left to the database. */
    @Benchmark
    public int hibernate() {
        return hibernate.deleteUsers(userIds);
    }

    /**
     * Hibernate's own cascade: users loaded with profile and page, removed, flushed in batches. The
     * slowest variant by far, so it is measured fewer times.
     */
    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public int hibernateEntityCascade() {
        return hibernate.deleteUsersWithEntityCascade(userIds);
    }
}
