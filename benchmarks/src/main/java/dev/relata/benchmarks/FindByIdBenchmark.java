package dev.relata.benchmarks;

import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.Profile;
import dev.relata.benchmarks.model.ProfileDao;
import java.util.List;
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

/**
 * {@code profileDao.findById(id)}, one self-contained call at a time (each takes a connection, runs
 * one query, and gives the connection back), over 10,000 profiles in a shuffled order, against the
 * same statement written by hand in JDBC. Time per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class FindByIdBenchmark {
    @Param({"h2", "h2-pool", "h2-plain", "postgresql"})
    public String database;

    private Fixture fixture;
    private ProfileDao profileDao;
    private PlainJdbc jdbc;
    private long[] ids;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = Fixture.open(database);
        fixture.insertRows(Fixture.CHAINS, true, true);
        profileDao = new ProfileDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        List<Profile> profiles = Scenarios.shuffled(profileDao.findAll());
        ids = profiles.stream().mapToLong(Profile::id).toArray();
        Scenarios.check(profileDao.findById(ids[0]).orElseThrow().equals(profiles.get(0)), "generated findById");
        Scenarios.check(jdbc.profileById(ids[0]).orElseThrow().equals(profiles.get(0)), "jdbc findById");
        Scenarios.check(profileDao.findById(-1).isEmpty() && jdbc.profileById(-1).isEmpty(), "no such profile");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    private long nextId() {
        long id = ids[next];
        next = next + 1 == ids.length ? 0 : next + 1;
        return id;
    }

    /** The generated {@code findById}. */
    @Benchmark
    public Optional<Profile> generated() {
        return profileDao.findById(nextId());
    }

    /** Hand-written JDBC: a pooled connection, one prepared statement. */
    @Benchmark
    public Optional<Profile> jdbc() {
        return jdbc.profileById(nextId());
    }
}
