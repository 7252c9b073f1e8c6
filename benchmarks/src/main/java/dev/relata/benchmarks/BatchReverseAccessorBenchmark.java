package dev.relata.benchmarks;

import dev.relata.Dialect;
import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.Profile;
import dev.relata.benchmarks.model.User;
import dev.relata.benchmarks.model.UserDao;
import dev.relata.benchmarks.orm.HibernateWork;
import dev.relata.benchmarks.orm.ProfileEntity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scenario 2: the profiles of all the users (10,000 or 40,000, the {@code rows} parameter), with the batch reverse accessor
 * {@code userDao.profileFor(users)} (IN queries of up to 1,024 keys) against 10,000 single
 * {@code userDao.profile(user)} calls. Time per 10,000 profiles.
 *
 * <p>On MariaDB ({@code -p database=mariadb}, not among the default parameters) {@code jdbcBatch}, which
 * binds one array, does not run: MariaDB has no arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class BatchReverseAccessorBenchmark {
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
    /**
     * The users in {@value #ORDERS} shuffled orders, one per call of a batch implementation in turn: H2
     * keeps the result of a query run again in the same session with the same parameters, so the
     * same keys every call would measure its result cache, not the query.
     */
    private List<List<User>> orders;
    private int next;

    private static final int ORDERS = 8;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Scenarios.refuseArrayOnMariaDb(params, database, "jdbcBatch");
        fixture = Fixture.open(database);
        fixture.insertRows(rows, true, true);
        userDao = new UserDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        if (Scenarios.usesHibernate(params)) {
            hibernate = new HibernateWork(fixture.sessionFactory());
        }
        users = Scenarios.shuffled(userDao.findAll());
        userIds = users.stream().map(User::id).toList();
        orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            List<User> order = new ArrayList<>(users);
            Collections.shuffle(order, new Random(i));
            orders.add(order);
        }
        Scenarios.check(users.size() == rows, "users loaded");
        Scenarios.check(generatedBatch().size() == rows, "generated batch");
        if (fixture.dialect() != Dialect.MARIADB) {
            Scenarios.check(jdbcBatch().size() == rows, "jdbc batch"); // one array: MariaDB has none
        }
        Scenarios.check(jdbcBatchInLists().equals(generatedBatch()), "the same profiles in lists of 1,024");
        Scenarios.check(jdbcBatchShortInLists().equals(generatedBatch()), "the same profiles both ways");
        if (hibernate != null) {
            Scenarios.check(hibernateBatch().size() == rows, "hibernate batch");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    /** The generated batch accessor: a few IN queries. */
    @Benchmark
    public Map<Long, Profile> generatedBatch() {
        return userDao.profileFor(nextOrder());
    }

    /** The generated single accessor, 10,000 times, each call on a pooled connection of its own. */
    @Benchmark
    public void generatedSingles(Blackhole blackhole) {
        for (User user : users) {
            blackhole.consume(userDao.profile(user));
        }
    }

    /**
     * The generated single accessor, 10,000 times inside one transaction: every call joins the
     * transaction's connection (how an application holds one connection for many DAO calls).
     */
    @Benchmark
    public void generatedSinglesInTransaction(Blackhole blackhole) {
        fixture.db().runInTransaction(() -> {
            for (User user : users) {
                blackhole.consume(userDao.profile(user));
            }
        });
    }

    /** Hand-written JDBC: one query binding all 10,000 keys as one array ({@code = ANY(?)}). */
    @Benchmark
    public Map<Long, Profile> jdbcBatch() {
        return jdbc.profilesFor(ids(nextOrder()));
    }

    /** Hand-written JDBC: IN queries of up to 1,024 keys on one connection. */
    @Benchmark
    public Map<Long, Profile> jdbcBatchInLists() {
        return jdbc.profilesForInLists(ids(nextOrder()));
    }

    /** Hand-written JDBC: IN queries of up to 128 keys on one connection (H2's fastest list length). */
    @Benchmark
    public Map<Long, Profile> jdbcBatchShortInLists() {
        return jdbc.profilesForInLists(ids(nextOrder()), PlainJdbc.SHORT_CHUNK);
    }

    /** Hand-written JDBC: one query per user, one connection, one prepared statement reused. */
    @Benchmark
    public List<Profile> jdbcSingles() {
        return jdbc.profilesOneByOne(userIds);
    }

    /** Hibernate: HQL IN queries of up to 1,024 keys, fetch-joining each profile's page. */
    @Benchmark
    public Map<Long, ProfileEntity> hibernateBatch() {
        return hibernate.profilesFor(ids(nextOrder()));
    }

    /** Hibernate: one HQL query per user, in one stateless session. */
    @Benchmark
    public List<ProfileEntity> hibernateSingles() {
        return hibernate.profilesOneByOne(userIds);
    }

    private List<User> nextOrder() {
        List<User> order = orders.get(next);
        next = (next + 1) % ORDERS;
        return order;
    }

    /**
     * The users' keys, collected inside the measured call as the generated {@code profileFor(users)} does, so
     * that every batch implementation starts from the same {@code List<User>}.
     */
    private static List<Long> ids(List<User> users) {
        List<Long> ids = new ArrayList<>(users.size());
        for (User user : users) {
            ids.add(user.id());
        }
        return ids;
    }
}
