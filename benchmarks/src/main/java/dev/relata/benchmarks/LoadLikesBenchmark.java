package dev.relata.benchmarks;

import dev.relata.benchmarks.jdbc.PlainJdbc;
import dev.relata.benchmarks.model.Like;
import dev.relata.benchmarks.model.LikeDao;
import dev.relata.benchmarks.orm.HibernateWork;
import dev.relata.benchmarks.orm.LikeEntity;
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
 * Scenario 5: {@code likeDao.findAll()} of 10,000 Likes, each joined with its Page row (the
 * {@code @Parent} join). Time per 10,000 Likes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class LoadLikesBenchmark {
    @Param({"h2", "postgresql"})
    public String database;

    private Fixture fixture;
    private LikeDao likeDao;
    private PlainJdbc jdbc;
    private HibernateWork hibernate;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        fixture = Fixture.open(database);
        fixture.insertRows(Fixture.CHAINS, true, true);
        likeDao = new LikeDao(fixture.db());
        jdbc = new PlainJdbc(fixture);
        if (Scenarios.usesHibernate(params)) {
            hibernate = new HibernateWork(fixture.sessionFactory());
            Scenarios.check(hibernate().size() == Fixture.CHAINS, "hibernate likes");
        }
        Scenarios.check(generated().size() == Fixture.CHAINS, "generated likes");
        Scenarios.check(jdbc().equals(generated()), "jdbc likes");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    /** The generated {@code findAll}: one query joining like and page. */
    @Benchmark
    public List<Like> generated() {
        return likeDao.findAll();
    }

    /** Hand-written JDBC: the same join, mapped by hand. */
    @Benchmark
    public List<Like> jdbc() {
        return jdbc.likes();
    }

    /** Hibernate: an HQL query on the JOINED subclass, in a stateless session. */
    @Benchmark
    public List<LikeEntity> hibernate() {
        return hibernate.likes();
    }
}
