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

    /**
     * Refuses, before the trial opens its database, to run on MariaDB one of the methods that bind one
     * array ({@code = ANY(?)}): MariaDB has no arrays. (A method failing later would leave the trial's
     * database behind.)
     */
    static void refuseArrayOnMariaDb(BenchmarkParams params, String database, String... arrayMethods) {
        String benchmark = params.getBenchmark();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        if (database.equals("mariadb") && List.of(arrayMethods).contains(method)) {
            throw new UnsupportedOperationException(
                    method + " binds one array, and MariaDB has none: run the IN-list variants on MariaDB");
        }
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
