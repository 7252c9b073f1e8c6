package dev.relata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH result file ({@code -rf csv}) into the README's tables: each scenario's times for the
 * generated DAO, hand-written JDBC and Hibernate, with the ratios the targets are stated in. Where a
 * scenario has several hand-written forms (one array, {@code IN} lists of 128 or of 1,024 keys), its
 * hand-written column is the fastest of them measured on that database, named beside its time.
 *
 * <pre>java -cp benchmarks.jar dev.relata.benchmarks.report.Report target/results/jmh.csv</pre>
 */
public final class Report {
    private static final List<String> DATABASES = List.of("h2", "h2-pool", "h2-plain", "postgresql", "mariadb");

    /** One benchmark's score, in its unit, with JMH's 99.9% confidence half-width. */
    record Score(double value, double error, String unit) {
        String format() {
            String number = format(value);
            return Double.isNaN(error) ? number : number + " ± " + format(error);
        }

        static String format(double v) {
            if (Double.isNaN(v)) {
                return "n/a";
            }
            return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                    : String.format(Locale.ROOT, "%.2f", v);
        }
    }

    /**
     * A row: one scenario's three implementations; {@code jdbc} names the hand-written methods, separated by
     * {@code |}, of which the fastest is the floor.
     */
    record Row(String label, String unit, String benchmark, String generated, String jdbc, String hibernate) {}

    private static final List<Row> ROWS = List.of(
            new Row("1. reverse accessor `userDao.profile(user)`, one call", "µs/call", "ReverseAccessorBenchmark",
                    "generated", "jdbc", "hibernate"),
            new Row("2. batch reverse accessor `userDao.profileFor(users)`, 10,000 users", "ms", "BatchReverseAccessorBenchmark",
                    "generatedBatch", "jdbcBatch|jdbcBatchShortInLists|jdbcBatchInLists", "hibernateBatch"),
            new Row("2. 10,000 single `userDao.profile(user)` calls", "ms", "BatchReverseAccessorBenchmark",
                    "generatedSingles", "jdbcSingles", "hibernateSingles"),
            new Row("3. `profileDao.insertAll`, 10,000 profiles", "ms", "InsertAllBenchmark", "generated", "jdbc", "hibernate"),
            new Row("4. `userDao.deleteAll(users)`: 10,000 users, cascading to profile, page, like", "ms",
                    "CascadeDeleteBenchmark", "generated",
                    "jdbc|jdbcShortInLists|jdbcInLists", "hibernate"),
            new Row("5. `likeDao.findAll()`, 10,000 Likes (`@Parent` join)", "ms", "LoadLikesBenchmark", "generated", "jdbc",
                    "hibernate"),
            new Row("6. finder `ofPage(page)`: `@Where(\"page.id = :page\")`, one call", "µs/call", "FinderBenchmark",
                    "generated", "jdbc", "hibernate"),
            new Row("7. batch reverse accessor of a `@ForeignKey`, `pageDao.commentListFor(pages)`, 10,000 pages", "ms",
                    "ForeignKeyBatchBenchmark", "generatedBatch", "jdbcBatch|jdbcBatchShortInLists|jdbcBatchArray", "hibernate"),
            new Row("8. `profileDao.findById(id)`, one call", "µs/call", "FindByIdBenchmark", "generated", "jdbc",
                    "hibernate"),
            new Row("9. forward batch accessor `profileDao.userFor(profiles)`, 10,000 profiles", "ms",
                    "ForwardBatchAccessorBenchmark", "generated", "jdbcShortInLists|jdbcInLists|jdbcArray", "hibernate"),
            new Row("10. `staffNoteDao.insertAll`, 10,000 notes, each link's `limitChoicesTo` checked", "ms",
                    "ChoiceCheckBenchmark", "generated", "jdbc|jdbcBatches", "hibernate"));

    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Report <jmh result.csv>");
        }
        Map<String, Score> scores = read(Paths.get(args[0]));
        System.out.print(render(scores));
    }

    /**
     * Scores keyed by {@code Class.method/database}; of the batch scenarios' {@code rows} parameter only the
     * 10,000-row trials, which the tables are about.
     */
    static Map<String, Score> read(Path csv) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv);
        int rows = cells(lines.get(0)).indexOf("Param: rows");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            if (rows >= 0 && cells.size() > rows && !cells.get(rows).isEmpty() && !cells.get(rows).equals("10000")) {
                continue;
            }
            String benchmark = cells.get(0);
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            String database = cells.size() > 7 ? cells.get(7) : "";
            scores.put(name + "/" + database, new Score(Double.parseDouble(cells.get(4)), parse(cells.get(5)), cells.get(6)));
        }
        return scores;
    }

    private static double parse(String number) {
        return number.isEmpty() || number.equals("NaN") ? Double.NaN : Double.parseDouble(number);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static String render(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | database | unit | generated DAO | hand-written JDBC | Hibernate | generated / JDBC | Hibernate / generated |\n");
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : ROWS) {
            for (String db : DATABASES) {
                Score generated = scores.get(row.benchmark() + "." + row.generated() + "/" + db);
                String fastest = null;
                for (String method : row.jdbc().split("\\|")) {
                    Score score = scores.get(row.benchmark() + "." + method + "/" + db);
                    if (score != null && (fastest == null
                            || score.value() < scores.get(row.benchmark() + "." + fastest + "/" + db).value())) {
                        fastest = method;
                    }
                }
                Score jdbc = fastest == null ? null : scores.get(row.benchmark() + "." + fastest + "/" + db);
                Score hibernate = scores.get(row.benchmark() + "." + row.hibernate() + "/" + db);
                if (generated == null && jdbc == null && hibernate == null) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", row.label(), name(db),
                        row.unit(), cell(generated), cell(jdbc) + (jdbc != null && row.jdbc().contains("|")
                                ? " (`" + fastest + "`)" : ""), cell(hibernate), ratio(generated, jdbc, 1.10, false),
                        ratio(hibernate, generated, 1.0, true)));
            }
        }

        out.append("\nBatch against single calls (time of 10,000 single calls / time of one batch call for the same 10,000 users):\n\n");
        out.append("| database | generated DAO | hand-written JDBC | Hibernate | generated, 10,000 single calls in one transaction |\n");
        out.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (String db : DATABASES) {
            String b = "BatchReverseAccessorBenchmark.";
            Score batch = scores.get(b + "generatedBatch/" + db);
            if (batch == null) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name(db),
                    times(scores.get(b + "generatedSingles/" + db), batch, 20),
                    times(scores.get(b + "jdbcSingles/" + db), scores.get(b + "jdbcBatch/" + db), 0),
                    times(scores.get(b + "hibernateSingles/" + db), scores.get(b + "hibernateBatch/" + db), 0),
                    times(scores.get(b + "generatedSinglesInTransaction/" + db), batch, 20)));
        }

        out.append("\nOther ways to do the same work (ms; ratio to the hand-written JDBC of the same scenario):\n\n");
        out.append("| scenario | variant | H2 | PostgreSQL |\n");
        out.append("| --- | --- | ---: | ---: |\n");
        extra(out, scores, "2. 10,000 single calls", "generated DAO, all calls inside one transaction (one connection)",
                "BatchReverseAccessorBenchmark.generatedSinglesInTransaction", "BatchReverseAccessorBenchmark.jdbcSingles");
        extra(out, scores, "2. batch accessor", "hand-written JDBC, `IN (...)` lists of up to 1,024 keys instead of one array",
                "BatchReverseAccessorBenchmark.jdbcBatchInLists", "BatchReverseAccessorBenchmark.jdbcBatch");
        extra(out, scores, "3. insertAll", "hand-written JDBC batches of a single-row insert (500 per batch), keys read back",
                "InsertAllBenchmark.jdbcBatches", "InsertAllBenchmark.jdbc");
        extra(out, scores, "4. cascade delete", "generated `userDao.delete(user)`, 10,000 calls in one transaction (a savepoint each)",
                "CascadeDeleteBenchmark.generatedOneByOne", "CascadeDeleteBenchmark.jdbc");
        extra(out, scores, "4. cascade delete", "Django-style JDBC: keys loaded level by level, deleted bottom-up",
                "CascadeDeleteBenchmark.djangoStyleJdbc", "CascadeDeleteBenchmark.jdbc");
        extra(out, scores, "4. cascade delete", "Hibernate entity cascade: load users with profile and page, `remove`, flush",
                "CascadeDeleteBenchmark.hibernateEntityCascade", "CascadeDeleteBenchmark.jdbc");
        return out.toString();
    }

    private static void extra(StringBuilder out, Map<String, Score> scores, String scenario, String variant, String benchmark,
            String floor) {
        List<String> cells = new ArrayList<>();
        boolean any = false;
        for (String db : List.of("h2", "postgresql")) {
            Score score = scores.get(benchmark + "/" + db);
            Score base = scores.get(floor + "/" + db);
            any |= score != null;
            cells.add(score == null ? "n/a" : score.format() + (base == null ? "" : String.format(Locale.ROOT, " (x%.2f)",
                    score.value() / base.value())));
        }
        if (any) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", scenario, variant, cells.get(0), cells.get(1)));
        }
    }

    private static String name(String database) {
        return switch (database) {
            case "h2" -> "H2 (in memory)";
            case "h2-pool" -> "H2, `JdbcConnectionPool`";
            case "h2-plain" -> "H2, plain `JdbcDataSource`";
            case "postgresql" -> "PostgreSQL";
            case "mariadb" -> "MariaDB";
            default -> database;
        };
    }

    private static String cell(Score score) {
        return score == null ? "n/a" : score.format();
    }

    /** {@code a / b}, marked when it misses the target: above it, or with {@code atLeast}, below it. */
    private static String ratio(Score a, Score b, double target, boolean atLeast) {
        if (a == null || b == null) {
            return "n/a";
        }
        double r = a.value() / b.value();
        boolean missed = atLeast ? r <= target : r > target;
        return String.format(Locale.ROOT, "%.2f%s", r, missed ? " (missed)" : "");
    }

    private static String times(Score singles, Score batch, double target) {
        if (singles == null || batch == null) {
            return "n/a";
        }
        double r = singles.value() / batch.value();
        return String.format(Locale.ROOT, "%.1fx%s", r, target > 0 && r < target ? " (missed)" : "");
    }
}
