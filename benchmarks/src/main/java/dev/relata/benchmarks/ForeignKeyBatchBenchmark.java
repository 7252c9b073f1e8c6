package dev.relata.benchmarks;

import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.Comment;
import dev.relata.benchmarks.model.Page;
import dev.relata.benchmarks.model.PageDao;
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
 * Scenario 7: the comments of all 10,000 pages, {@value #PER_PAGE} per page through a
 * {@code @ForeignKey}, with the batch reverse accessor {@code pageDao.commentListFor(pages)} against
 * the same IN queries written by hand. Time per 10,000 pages.
 *
 * <p>On MariaDB ({@code -p database=mariadb}, not among the default parameters) {@code jdbcBatchArray}
 * does not run: MariaDB has no arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class ForeignKeyBatchBenchmark {
    private static final int PER_PAGE = 2;
    /** Pages in this many shuffled orders, one per call in turn, so that H2's result cache is not measured. */
    private static final int ORDERS = 8;

    @Param({"h2", "h2-pool", "h2-plain", "postgresql"})
    public String database;

    /** The number of chains, and so of rows per table, the trial works on. */
    @Param({"10000", "40000"})
    public int rows;

    private Fixture fixture;
    private PageDao pageDao;
    private PlainJdbc jdbc;
    private List<List<Page>> orders;
    private int next;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        Scenarios.refuseArrayOnMariaDb(params, database, "jdbcBatchArray");
        fixture = Fixture.open(database);
        fixture.insertRows(rows, true, false);
        fixture.insertComments(rows, PER_PAGE);
        pageDao = new PageDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        List<Page> pages = pageDao.findAll();
        orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            List<Page> order = new ArrayList<>(pages);
            Collections.shuffle(order, new Random(i));
            orders.add(order);
        }
        Scenarios.check(pages.size() == rows, "pages loaded");
        Map<Long, List<Comment>> generated = generatedBatch();
        Map<Long, List<Comment>> byHand = jdbcBatch();
        Scenarios.check(generated.size() == rows && generated.equals(byHand), "the same comments both ways");
        Scenarios.check(generated.equals(jdbcBatchShortInLists()), "the same comments in short lists");
        Scenarios.check(generated.values().stream().allMatch(list -> list.size() == PER_PAGE), "comments per page");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    /** The generated batch reverse accessor of the foreign key. */
    @Benchmark
    public Map<Long, List<Comment>> generatedBatch() {
        return pageDao.commentListFor(nextOrder());
    }

    /** Hand-written JDBC: IN queries of up to 1,024 keys on one connection, grouped by page. */
    @Benchmark
    public Map<Long, List<Comment>> jdbcBatch() {
        return jdbc.commentsFor(ids(nextOrder()));
    }

    /** Hand-written JDBC: IN queries of up to 128 keys on one connection (H2's fastest list length). */
    @Benchmark
    public Map<Long, List<Comment>> jdbcBatchShortInLists() {
        return jdbc.commentsFor(ids(nextOrder()), PlainJdbc.SHORT_CHUNK);
    }

    /** Hand-written JDBC: all the keys as one array parameter ({@code = ANY(?)}), grouped by page. */
    @Benchmark
    public Map<Long, List<Comment>> jdbcBatchArray() {
        return jdbc.commentsForArray(ids(nextOrder()));
    }

    private static List<Long> ids(List<Page> pages) {
        List<Long> ids = new ArrayList<>(pages.size());
        for (Page page : pages) {
            ids.add(page.id());
        }
        return ids;
    }

    private List<Page> nextOrder() {
        List<Page> order = orders.get(next);
        next = (next + 1) % ORDERS;
        return order;
    }
}
