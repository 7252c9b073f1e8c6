package dev.relata.benchmarks;

import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.Page;
import dev.relata.benchmarks.model.PageDao;
import dev.relata.benchmarks.model.Profile;
import dev.relata.benchmarks.model.ProfileDao;
import dev.relata.benchmarks.model.ProfileFinders;
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
 * Scenario 6: the finder {@code @Where("page.id = :page") Optional<Profile> ofPage(long page)}, a
 * path backward through the link from Page (one {@code LEFT JOIN}, both sides by index), one
 * self-contained call at a time over 10,000 pages in a shuffled order, against the same statement
 * written by hand in JDBC. Time per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class FinderBenchmark {
    @Param({"h2", "postgresql"})
    public String database;

    private Fixture fixture;
    private ProfileFinders finders;
    private PlainJdbc jdbc;
    private long[] pages;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = Fixture.open(database);
        fixture.insertRows(Fixture.CHAINS, true, true);
        ProfileDao profileDao = new ProfileDao(fixture.db());
        finders = profileDao;
        jdbc = new PlainJdbc(fixture);
        pages = Scenarios.shuffled(new PageDao(fixture.db()).findAll()).stream().mapToLong(Page::id).toArray();
        Profile expected = profileDao.findById(new PageDao(fixture.db()).findById(pages[0]).orElseThrow().profile())
                .orElseThrow();
        Scenarios.check(finders.ofPage(pages[0]).orElseThrow().equals(expected), "generated finder");
        Scenarios.check(jdbc.profileOfPage(pages[0]).orElseThrow().equals(expected), "jdbc finder");
        Scenarios.check(finders.ofPage(-1).isEmpty() && jdbc.profileOfPage(-1).isEmpty(), "no such page");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    private long nextPage() {
        long page = pages[next];
        next = next + 1 == pages.length ? 0 : next + 1;
        return page;
    }

    /** The generated finder. */
    @Benchmark
    public Optional<Profile> generated() {
        return finders.ofPage(nextPage());
    }

    /** Hand-written JDBC: a pooled connection, the same statement, prepared per call as the finder does. */
    @Benchmark
    public Optional<Profile> jdbc() {
        return jdbc.profileOfPage(nextPage());
    }
}
