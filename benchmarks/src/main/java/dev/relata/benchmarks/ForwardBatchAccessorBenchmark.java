package dev.relata.benchmarks;

import dev.relata.Dialect;
import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.Profile;
import dev.relata.benchmarks.model.ProfileDao;
import dev.relata.benchmarks.model.User;
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

/**
 * Scenario 9: the users of all the profiles (10,000 or 40,000, the {@code rows} parameter), with the
 * forward batch accessor {@code profileDao.userFor(profiles)} against the same query by hand: IN lists
 * of 128 keys (H2's fastest), of 1,024, and one array ({@code = ANY(?)}, PostgreSQL's fastest). The
 * profiles come in eight shuffled orders, one per call in turn, so that H2's result cache is not
 * measured. Time per call.
 *
 * <p>On MariaDB ({@code -p database=mariadb}, not among the default parameters) {@code jdbcArray} does not
 * run: MariaDB has no arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ForwardBatchAccessorBenchmark {
    private static final int ORDERS = 8;

    @Param({"h2", "h2-pool", "h2-plain", "postgresql"})
    public String database;

    /** The number of chains, and so of rows per table, the trial works on. */
    @Param({"10000", "40000"})
    public int rows;

    private Fixture fixture;
    private ProfileDao profileDao;
    private PlainJdbc jdbc;
    private List<List<Profile>> orders;
    private int next;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Scenarios.refuseArrayOnMariaDb(params, database, "jdbcArray");
        fixture = Fixture.open(database);
        fixture.insertRows(rows, true, false);
        profileDao = new ProfileDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        List<Profile> profiles = profileDao.findAll();
        orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            List<Profile> order = new ArrayList<>(profiles);
            Collections.shuffle(order, new Random(i));
            orders.add(order);
        }
        Scenarios.check(profiles.size() == rows, "profiles loaded");
        Map<Long, User> generated = generated();
        Scenarios.check(generated.size() == rows, "a user for every profile");
        Scenarios.check(generated.entrySet().stream().allMatch(e -> e.getValue().id() == e.getKey()),
                "profile i links to user i");
        Scenarios.check(generated.equals(jdbcShortInLists()), "the same users in lists of 128");
        Scenarios.check(generated.equals(jdbcInLists()), "the same users in lists of 1,024");
        if (fixture.dialect() != Dialect.MARIADB) {
            Scenarios.check(generated.equals(jdbcArray()), "the same users in one array"); // MariaDB has no arrays
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    /** The generated forward batch accessor. */
    @Benchmark
    public Map<Long, User> generated() {
        return profileDao.userFor(nextOrder());
    }

    /** Hand-written JDBC: IN queries of up to 128 keys on one connection. */
    @Benchmark
    public Map<Long, User> jdbcShortInLists() {
        return jdbc.usersFor(nextOrder(), PlainJdbc.SHORT_CHUNK);
    }

    /** Hand-written JDBC: IN queries of up to 1,024 keys on one connection. */
    @Benchmark
    public Map<Long, User> jdbcInLists() {
        return jdbc.usersFor(nextOrder(), PlainJdbc.CHUNK);
    }

    /** Hand-written JDBC: one query binding all the keys as one array ({@code = ANY(?)}). */
    @Benchmark
    public Map<Long, User> jdbcArray() {
        return jdbc.usersFor(nextOrder(), 0);
    }

    private List<Profile> nextOrder() {
        List<Profile> order = orders.get(next);
        next = (next + 1) % ORDERS;
        return order;
    }
}
