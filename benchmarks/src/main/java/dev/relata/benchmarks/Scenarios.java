package dev.relata.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.infra.BenchmarkParams;

/** Helpers shared by the scenarios. */
final class Scenarios {
    private Scenarios() {}

    /** Whether the benchmark method being run is one of Hibernate's, which need a session factory. */
    static boolean usesHibernate(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1).startsWith("hibernate");
    }

    /** The rows in one fixed pseudo-random order, the same for every implementation. */
    static <T> List<T> shuffled(List<T> rows) {
        List<T> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, new Random(42));
        return copy;
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Check failed: " + what);
        }
    }
}
