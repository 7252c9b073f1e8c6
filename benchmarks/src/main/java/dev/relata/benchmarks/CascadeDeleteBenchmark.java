package dev.relata.benchmarks;

import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.User;
import dev.relata.benchmarks.model.UserDao;
import dev.relata.benchmarks.orm.HibernateWork;
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
 * Scenario 4: deleting all the users (10,000 or 40,000, the {@code rows} parameter), each with its profile,
 * page and like, in one transaction; every link is CASCADE (the like goes with its page, multi-table
 * inheritance). One delete of all the chains per measurement; the chains are inserted again before each.
 *
 * <p>On MariaDB ({@code -p database=mariadb}, not among the default parameters) the variants binding one
 * array ({@code jdbc}) do not run: MariaDB has no arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 6)
public class CascadeDeleteBenchmark {
    @Param({"h2", "h2-pool", "h2-plain", "postgresql"})
    public String database;

    /** The number of chains, and so of rows per table, the trial works on. */
    @Param({"10000", "40000"})
    public int rows;

    private Fixture fixture;
    private UserDao userDao;
    private PlainJdbc jdbc;
    private HibernateWork hibernate;
    private List<User> users;
    private List<Long> userIds;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Scenarios.refuseArrayOnMariaDb(params, database, "jdbc");
        fixture = Fixture.open(database);
        userDao = new UserDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        if (Scenarios.usesHibernate(params)) {
            hibernate = new HibernateWork(fixture.sessionFactory());
        }
    }

    @Setup(Level.Iteration)
    public void insertChains() {
        fixture.insertRows(rows, true, true);
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
     * The generated bulk delete, {@code userDao.deleteAll(users)}: the DAO's delete plan run once over all
     * the keys in one transaction, DELETEs that the foreign keys cascade: {@code IN} lists of 128 keys on
     * H2, of 1,024 on MariaDB, one array per 16,384 keys on PostgreSQL.
     */
    @Benchmark
    public int generated() {
        return userDao.deleteAll(users);
    }

    /**
     * The generated single-row delete, {@code userDao.delete(user)}, 10,000 times in one transaction (each
     * call under a savepoint): what deleting many rows costs without the bulk method.
     */
    @Benchmark
    public void generatedOneByOne() {
        fixture.db().runInTransaction(() -> {
            for (User user : users) {
                userDao.delete(user);
            }
        });
    }

    /** Hand-written JDBC: one DELETE binding all the keys as one array, the cascade left to ON DELETE CASCADE. */
    @Benchmark
    public int jdbc() {
        return jdbc.deleteUsers(userIds);
    }

    /**
     * Hand-written JDBC: DELETEs with {@code IN} lists of 128 keys (what the generated plan sends on H2),
     * the full lists as one JDBC batch, the cascade left to ON DELETE CASCADE.
     */
    @Benchmark
    public int jdbcShortInLists() {
        return jdbc.deleteUsersInLists(userIds, PlainJdbc.SHORT_CHUNK);
    }

    /**
     * Hand-written JDBC: DELETEs with {@code IN} lists of 1,024 keys (what the generated plan sends on
     * MariaDB), the full lists as one JDBC batch, the cascade left to ON DELETE CASCADE.
     */
    @Benchmark
    public int jdbcInLists() {
        return jdbc.deleteUsersInLists(userIds, PlainJdbc.CHUNK);
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
