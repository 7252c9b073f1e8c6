package dev.relata.benchmarks;

import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.Profile;
import dev.relata.benchmarks.model.User;
import dev.relata.benchmarks.model.UserDao;
import dev.relata.benchmarks.orm.HibernateWork;
import dev.relata.benchmarks.orm.ProfileEntity;
import java.util.Optional;
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
 * Scenario 1: the reverse accessor {@code userDao.profile(user)}, one self-contained call at a time
 * (each takes a pooled connection, runs one query, and gives the connection back), over 10,000 users in
 * a shuffled order. Time per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class ReverseAccessorBenchmark {
    @Param({"h2", "h2-pool", "h2-plain", "postgresql"})
    public String database;

    private Fixture fixture;
    private UserDao userDao;
    private PlainJdbc jdbc;
    private HibernateWork hibernate;
    private User[] users;
    private int next;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        fixture = Fixture.open(database);
        fixture.insertRows(Fixture.CHAINS, true, true);
        userDao = new UserDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        if (Scenarios.usesHibernate(params)) {
            hibernate = new HibernateWork(fixture.sessionFactory());
        }
        users = Scenarios.shuffled(userDao.findAll()).toArray(User[]::new);
        Scenarios.check(userDao.profile(users[0]).orElseThrow().user() == users[0].id(), "generated profile");
        Scenarios.check(jdbc.profile(users[0].id()).orElseThrow().user() == users[0].id(), "jdbc profile");
        if (hibernate != null) {
            Scenarios.check(hibernate.profile(users[0].id()).getUser().getId() == users[0].id(), "hibernate profile");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    private User nextUser() {
        User user = users[next];
        next = next + 1 == users.length ? 0 : next + 1;
        return user;
    }

    /** The generated reverse accessor. */
    @Benchmark
    public Optional<Profile> generated() {
        return userDao.profile(nextUser());
    }

    /** Hand-written JDBC: a pooled connection, one prepared statement. */
    @Benchmark
    public Optional<Profile> jdbc() {
        return jdbc.profile(nextUser().id());
    }

    /** Hibernate: a stateless session, one HQL query (fetch-joining the profile's page). */
    @Benchmark
    public ProfileEntity hibernate() {
        return hibernate.profile(nextUser().id());
    }
}
