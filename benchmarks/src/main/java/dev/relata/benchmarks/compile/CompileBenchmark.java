package dev.relata.benchmarks.compile;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's share of compile time: javac, in process through {@code javax.tools}, compiling a
 * synthetic project of N models ({@link SyntheticProject}) with the Relata processor, against javac
 * compiling the same sources plus the sources the processor generated, with {@code -proc:none}. The
 * difference is what the processor costs a build: its own work, and the extra rounds javac runs for it.
 * A third compile runs a {@link ReplayProcessor} that writes the very same files without computing
 * anything: it splits the cost into javac's part, which any processor generating these files pays, and
 * Relata's own.
 *
 * <p>The compiles run warm (javac and the processor loaded and JIT-compiled, as in a build daemon or an
 * IDE), after warm-up compiles, alternating, several times each; medians are reported. The processor's
 * methods run about once per model, so the JIT compiler reaches them only after several compiles: 10
 * warm-up compiles come close to what a daemon sees. With {@code --fresh-loader}, javac is warm but every
 * compile loads the processor in a class loader of its own, so that its code starts cold each time, as
 * in Maven, which runs javac inside its own JVM and gives each compile a new processor class loader.
 * With {@code --cold}, every compile runs in a JVM of its own instead, started with this JVM's options:
 * javac cold too, as in a forked compile or the first module of a build. Besides wall and CPU
 * time, each compile reports the CPU time of the JIT compiler's and the garbage collector's threads and
 * the bytes javac's thread allocated.
 *
 * <pre>
 * java -Xms3g -Xmx3g -cp benchmarks.jar dev.relata.benchmarks.compile.CompileBenchmark \
 *     [--sizes 50,500,2000] [--warmup 10] [--warmup-each 3] [--repetitions 5,5,3] [--fresh-loader | --cold] \
 *     [--runtime relata-runtime.jar] [--processor relata-processor.jar] [--compare other-processor.jar] [--work DIR]
 * </pre>
 *
 * <p>{@code --compare} compiles with a second build of the processor as a fourth configuration, in the
 * same turns (not with {@code --cold}): two builds compared inside one JVM, under the same conditions,
 * rather than in two runs that the machine's drift from one to the next can tell apart more than the
 * builds themselves.
 *
 * The two jars default to the {@code compile-benchmark} directory next to {@code benchmarks.jar}, where
 * the build copies them.
 */
public final class CompileBenchmark {
    private static final String PROCESSOR_CLASS = "dev.relata.processor.RelataProcessor";

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /**
     * Per-thread CPU time and allocation. javac runs on the calling thread: its allocation is the
     * compile's (the JIT and GC threads allocate nothing on the heap).
     */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final Path runtimeJar;
    private final URL processorJar;
    /** Whether every compile loads the processor anew, in a class loader of its own. */
    private final boolean freshLoader;
    private URLClassLoader processorLoader;
    /** Another build of the processor, compiled in turns with the first ({@code --compare}), or null. */
    private final URL comparedJar;
    private URLClassLoader comparedLoader;

    private CompileBenchmark(Path runtimeJar, Path processorJar, boolean freshLoader, Path comparedJar) throws IOException {
        this.runtimeJar = runtimeJar;
        this.processorJar = processorJar.toUri().toURL();
        this.freshLoader = freshLoader;
        this.processorLoader = newLoader(this.processorJar);
        this.comparedJar = comparedJar == null ? null : comparedJar.toUri().toURL();
        this.comparedLoader = comparedJar == null ? null : newLoader(this.comparedJar);
    }

    private static URLClassLoader newLoader(URL jar) {
        return new URLClassLoader(new URL[] {jar}, CompileBenchmark.class.getClassLoader().getParent());
    }

    /**
     * One size's compiles, in milliseconds; {@code compared}: those with the processor of {@code --compare}
     * (empty without it).
     */
    record Result(int models, int generatedFiles, List<Timing> with, List<Timing> replay, List<Timing> without,
            List<Timing> compared) {
        double withWall() {
            return median(with, Timing::wall);
        }

        double withoutWall() {
            return median(without, Timing::wall);
        }

        double withCpu() {
            return median(with, Timing::cpu);
        }

        double withoutCpu() {
            return median(without, Timing::cpu);
        }

        double replayCpu() {
            return median(replay, Timing::cpu);
        }

        double inside() {
            return median(with, Timing::insideProcessor);
        }

        /** What javac itself spends on a processor that generates these files: replay minus -proc:none. */
        double javacCost() {
            return replayCpu() - withoutCpu();
        }

        double javacCostPercent() {
            return 100 * javacCost() / withoutCpu();
        }

        /** What the Relata processor adds on top of writing the same files: with it minus replay. */
        double ownCost() {
            return withCpu() - replayCpu();
        }

        double ownCostPercent() {
            return 100 * ownCost() / withoutCpu();
        }

        /** The processor's cost in CPU time: with it, minus -proc:none on the same sources and generated ones. */
        double cpuCost() {
            return withCpu() - withoutCpu();
        }

        double cpuCostPercent() {
            return 100 * cpuCost() / withoutCpu();
        }

        double wallCost() {
            return withWall() - withoutWall();
        }

        double wallCostPercent() {
            return 100 * wallCost() / withoutWall();
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(50, 500, 2000);
        List<Integer> repetitions = List.of(5, 5, 3);
        int warmup = 10;
        int warmupEach = 3;
        Path home = jarDirectory();
        Path runtime = home.resolve("compile-benchmark/relata-runtime.jar");
        Path processor = home.resolve("compile-benchmark/relata-processor.jar");
        Path work = null;
        boolean cold = false;
        boolean freshLoader = false;
        String once = null;
        Path compare = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cold" -> cold = true;
                case "--fresh-loader" -> freshLoader = true;
                case "--once" -> once = args[++i];
                case "--sizes" -> sizes = integers(args[++i]);
                case "--repetitions" -> repetitions = integers(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--warmup-each" -> warmupEach = Integer.parseInt(args[++i]);
                case "--runtime" -> runtime = Paths.get(args[++i]);
                case "--processor" -> processor = Paths.get(args[++i]);
                case "--work" -> work = Paths.get(args[++i]);
                case "--compare" -> compare = Paths.get(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        for (Path jar : List.of(runtime, processor)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("No such jar: " + jar + " (build with -Pbenchmarks, or pass --runtime/--processor)");
            }
        }
        if (cold && freshLoader) {
            throw new IllegalArgumentException("--cold starts a JVM per compile; --fresh-loader is for one JVM");
        }
        if (compare != null && (cold || once != null)) {
            throw new IllegalArgumentException("--compare takes turns inside one JVM: not with --cold");
        }
        if (compare != null && !Files.isRegularFile(compare)) {
            throw new IllegalArgumentException("No such jar: " + compare);
        }
        CompileBenchmark benchmark = new CompileBenchmark(runtime, processor, freshLoader, compare);
        if (once != null) {
            // A child of a --cold run: one compile of one configuration in this fresh JVM.
            System.out.println(COLD_RESULT + " " + benchmark.compileOnce(work, once).line());
            return;
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("relata-compile-benchmark");
        if (cold) {
            System.out.printf(Locale.ROOT, "javac %s on %d cores; sizes %s; every compile in a JVM of its own (cold), taking "
                    + "turns; compiles per size and configuration %s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), sizes, repetitions);
        } else {
            System.out.printf(Locale.ROOT, "javac %s on %d cores; sizes %s; %d warm-up compiles per configuration before the "
                    + "first size and %d before each other; measured compiles per size %s%s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), sizes, warmup, warmupEach, repetitions,
                    freshLoader ? "; the processor loaded anew for every compile (its code cold, javac's warm)" : "");
        }
        List<Result> results = new ArrayList<>();
        try {
            for (int i = 0; i < sizes.size(); i++) {
                int models = sizes.get(i);
                int runs = repetitions.get(Math.min(i, repetitions.size() - 1));
                Result result = cold ? benchmark.measureCold(dir.resolve("n" + models), models, runs, runtime, processor)
                        : benchmark.measure(dir.resolve("n" + models), models, i == 0 ? warmup : warmupEach, runs);
                System.out.printf(Locale.ROOT, "N = %d: with the processor, wall %s ms, CPU %s ms, inside process() %s ms, GC %s ms; "
                        + "replay, wall %s ms, CPU %s ms, inside process() %s ms, GC %s ms; "
                        + "-proc:none, wall %s ms, CPU %s ms, GC %s ms%n",
                        models, rounded(result.with(), Timing::wall), rounded(result.with(), Timing::cpu),
                        rounded(result.with(), Timing::insideProcessor), rounded(result.with(), Timing::gc),
                        rounded(result.replay(), Timing::wall), rounded(result.replay(), Timing::cpu),
                        rounded(result.replay(), Timing::insideProcessor), rounded(result.replay(), Timing::gc),
                        rounded(result.without(), Timing::wall), rounded(result.without(), Timing::cpu),
                        rounded(result.without(), Timing::gc));
                System.out.printf(Locale.ROOT, "N = %d, CPU of the JIT compiler's threads / the garbage collector's threads "
                        + "(ms) and MB allocated by javac's thread (of which inside process()): with the processor %s / %s, "
                        + "%s (%s) MB; replay %s / %s, %s (%s) MB; -proc:none %s / %s, %s MB%n", models,
                        rounded(result.with(), Timing::jitCpu), rounded(result.with(), Timing::gcCpu),
                        rounded(result.with(), Timing::allocatedMb), rounded(result.with(), Timing::allocatedInsideMb),
                        rounded(result.replay(), Timing::jitCpu), rounded(result.replay(), Timing::gcCpu),
                        rounded(result.replay(), Timing::allocatedMb), rounded(result.replay(), Timing::allocatedInsideMb),
                        rounded(result.without(), Timing::jitCpu), rounded(result.without(), Timing::gcCpu),
                        rounded(result.without(), Timing::allocatedMb));
                if (!result.compared().isEmpty()) {
                    System.out.printf(Locale.ROOT, "N = %d, with the processor of --compare: wall %s ms, CPU %s ms, inside "
                            + "process() %s ms, GC %s ms, CPU of the JIT compiler's threads %s ms%n", models,
                            rounded(result.compared(), Timing::wall), rounded(result.compared(), Timing::cpu),
                            rounded(result.compared(), Timing::insideProcessor), rounded(result.compared(), Timing::gc),
                            rounded(result.compared(), Timing::jitCpu));
                }
                results.add(result);
            }
        } finally {
            if (work == null) {
                delete(dir);
            }
        }
        System.out.println();
        System.out.print(table(results));
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** A synthetic project and the sources the processor generates for it. */
    private record Project(List<Path> sources, Path generated, List<Path> generatedSources) {
        /** The project's sources and the generated ones, which {@code -proc:none} compiles. */
        List<Path> all() {
            List<Path> all = new ArrayList<>(sources);
            all.addAll(generatedSources);
            return all;
        }
    }

    /** Writes the project of {@code models} models and compiles it once with the processor, for its output. */
    private Project prepare(Path dir, int models) throws IOException {
        List<Path> sources = SyntheticProject.write(dir.resolve("src"), models);
        Path generated = dir.resolve("generated");
        compile(sources, newProcessor(false), dir.resolve("out"), generated);
        return new Project(sources, generated, javaFiles(generated));
    }

    /** One measured compile. */
    @FunctionalInterface
    private interface Compile {
        Timing run() throws IOException;
    }

    /** The configurations, taking turns, {@code repetitions} times ({@code compared} may be null). */
    private static Result turns(int models, Project project, int repetitions, Compile relata, Compile replay,
            Compile none, Compile compared) throws IOException {
        List<Timing> with = new ArrayList<>();
        List<Timing> replayed = new ArrayList<>();
        List<Timing> without = new ArrayList<>();
        List<Timing> others = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            with.add(relata.run());
            replayed.add(replay.run());
            without.add(none.run());
            if (compared != null) {
                others.add(compared.run());
            }
        }
        return new Result(models, project.generatedSources().size(), with, replayed, without, others);
    }

    private Result measure(Path dir, int models, int warmup, int repetitions) throws IOException {
        Project project = prepare(dir, models);
        List<Path> all = project.all();
        List<ReplayProcessor.Output> outputs = ReplayProcessor.outputs(project.generated(), dir.resolve("out"));
        Compile relata = () -> compile(project.sources(), newProcessor(false), dir.resolve("out"), dir.resolve("scratch"));
        Compile replay = () -> compile(project.sources(), new ReplayProcessor(outputs), dir.resolve("out"),
                dir.resolve("scratch"));
        Compile none = () -> compile(all, null, dir.resolve("out"), null);
        Compile compared = comparedJar == null ? null
                : () -> compile(project.sources(), newProcessor(true), dir.resolve("out"), dir.resolve("scratch"));
        turns(models, project, warmup, relata, replay, none, compared);
        return turns(models, project, repetitions, relata, replay, none, compared);
    }

    /** The line a child JVM of a {@code --cold} run prints its timing on, before the timing's values. */
    private static final String COLD_RESULT = "relata-compile-benchmark-result";

    /**
     * Each compile in a JVM of its own, started with this JVM's options: javac, the processor and the JIT
     * start cold every time, as in a build that starts a JVM per compile (a Maven module compiled in
     * process gets a fresh class loader for its processors, so their code starts cold too). The three
     * configurations take turns.
     */
    private Result measureCold(Path dir, int models, int repetitions, Path runtime, Path processor) throws IOException {
        Project project = prepare(dir, models);
        // The resources the replay writes, kept apart: every compile empties the class output.
        delete(dir.resolve("resources"));
        copyTree(dir.resolve("out"), dir.resolve("resources"));
        return turns(models, project, repetitions, () -> child(dir, "relata", runtime, processor),
                () -> child(dir, "replay", runtime, processor), () -> child(dir, "none", runtime, processor), null);
    }

    private static Timing child(Path dir, String configuration, Path runtime, Path processor) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CompileBenchmark.class.getName(),
                "--once", configuration, "--work", dir.toString(), "--runtime", runtime.toString(), "--processor",
                processor.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (child.waitFor() != 0) {
                throw new IllegalStateException("The " + configuration + " compile failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output.lines().filter(l -> l.startsWith(COLD_RESULT + " ")).findFirst()
                .map(l -> Timing.parse(l.substring(COLD_RESULT.length() + 1)))
                .orElseThrow(() -> new IllegalStateException("No result from the " + configuration + " compile:\n" + output));
    }

    /** The compile of a {@code --cold} child: {@code configuration} is relata, replay or none. */
    private Timing compileOnce(Path dir, String configuration) throws IOException {
        List<Path> sources = javaFiles(dir.resolve("src"));
        return switch (configuration) {
            case "relata" -> compile(sources, newProcessor(false), dir.resolve("out"), dir.resolve("scratch"));
            case "replay" -> compile(sources, new ReplayProcessor(ReplayProcessor.outputs(dir.resolve("generated"),
                    dir.resolve("resources"))), dir.resolve("out"), dir.resolve("scratch"));
            case "none" -> compile(new Project(sources, dir.resolve("generated"), javaFiles(dir.resolve("generated"))).all(),
                    null, dir.resolve("out"), null);
            default -> throw new IllegalArgumentException("Unknown configuration " + configuration);
        };
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path path : files.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /**
     * One compile: wall time; the process's CPU time (javac's thread, GC and JIT threads); the CPU time
     * javac's thread spent inside the processor; the time spent in garbage collection (pauses); of the
     * CPU time, what the JIT compiler's threads and the garbage collector's threads took (Linux only,
     * else 0); the bytes javac's thread allocated, and of them, those it allocated inside the processor.
     */
    record Timing(double wall, double cpu, double insideProcessor, double gc, double jitCpu, double gcCpu,
            double allocatedMb, double allocatedInsideMb) {
        /** The values on one line, in the order of the components, for {@link #parse}. */
        String line() {
            return wall + " " + cpu + " " + insideProcessor + " " + gc + " " + jitCpu + " " + gcCpu + " " + allocatedMb
                    + " " + allocatedInsideMb;
        }

        static Timing parse(String line) {
            double[] values = Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
            if (values.length != 8) {
                throw new IllegalArgumentException("Expected the 8 values of a timing, not: " + line);
            }
            return new Timing(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
        }
    }

    /**
     * One javac run, with {@code annotationProcessor} or, when it is null, with {@code -proc:none}; output
     * directories are emptied first, outside the measured time.
     */
    private Timing compile(List<Path> sources, Processor annotationProcessor, Path out, Path generated) throws IOException {
        delete(out);
        Files.createDirectories(out);
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-cp", runtimeJar.toString()));
        TimedProcessor processor = null;
        if (annotationProcessor != null) {
            delete(generated);
            Files.createDirectories(generated);
            options.addAll(List.of("-s", generated.toString()));
            processor = new TimedProcessor(annotationProcessor);
        } else {
            options.add("-proc:none");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        System.gc();
        long gcStart = gcMillis();
        long[] threadsStart = ThreadCpu.snapshot();
        long allocatedStart = THREADS.getCurrentThreadAllocatedBytes();
        long cpuStart = OS.getProcessCpuTime();
        long start = System.nanoTime();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (processor != null) {
                task.setProcessors(List.of(processor));
            }
            ok = task.call();
        }
        long end = System.nanoTime();
        long cpuEnd = OS.getProcessCpuTime();
        long allocatedEnd = THREADS.getCurrentThreadAllocatedBytes();
        long[] threadsEnd = ThreadCpu.snapshot();
        long gcEnd = gcMillis();
        List<Diagnostic<? extends JavaFileObject>> problems = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .toList();
        if (!ok || !problems.isEmpty()) {
            throw new IllegalStateException("The synthetic project did not compile cleanly: " + problems.stream()
                    .limit(5).map(d -> d.getMessage(Locale.ROOT)).toList());
        }
        return new Timing((end - start) / 1e6, (cpuEnd - cpuStart) / 1e6, processor == null ? 0 : processor.nanos / 1e6,
                gcEnd - gcStart, (threadsEnd[ThreadCpu.JIT] - threadsStart[ThreadCpu.JIT]) / 1e6,
                (threadsEnd[ThreadCpu.GC] - threadsStart[ThreadCpu.GC]) / 1e6, (allocatedEnd - allocatedStart) / 1e6,
                processor == null ? 0 : processor.allocated / 1e6);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** The processor of {@code --processor}, or with {@code compared} that of {@code --compare}. */
    private Processor newProcessor(boolean compared) {
        try {
            if (freshLoader) {
                // As Maven runs javac inside its own JVM: javac's code stays compiled from
                // one compile to the next, the processor is loaded again, and its code starts cold.
                if (compared) {
                    comparedLoader.close();
                    comparedLoader = newLoader(comparedJar);
                } else {
                    processorLoader.close();
                    processorLoader = newLoader(processorJar);
                }
            }
            URLClassLoader loader = compared ? comparedLoader : processorLoader;
            return (Processor) loader.loadClass(PROCESSOR_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("Cannot load " + PROCESSOR_CLASS, e);
        }
    }

    static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| models | generated files | javac + processor, CPU (ms) | javac + replay, CPU (ms) | javac -proc:none, CPU (ms) "
                + "| processor cost, CPU (ms) | **processor cost, CPU** | of which javac's, for any processor writing these files "
                + "| of which Relata's own | processor cost, wall | CPU inside process() (ms) | CPU cost per model (ms) |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT,
                    "| %d | %d | %.0f | %.0f | %.0f | %.0f | **%.1f%%** | %.1f%% | %.1f%% | %.1f%% | %.0f | %.2f |%n",
                    r.models(), r.generatedFiles(), r.withCpu(), r.replayCpu(), r.withoutCpu(), r.cpuCost(),
                    r.cpuCostPercent(), r.javacCostPercent(), r.ownCostPercent(), r.wallCostPercent(), r.inside(),
                    r.cpuCost() / r.models()));
        }
        out.append("\n| models | wall, Relata / replay (per turn) | CPU, Relata / replay (per turn) "
                + "| CPU less the JIT compiler's threads, Relata / replay | MB allocated, Relata / replay |\n");
        out.append("| ---: | --- | --- | ---: | ---: |\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %d | %.2f (%s) | %.2f (%s) | %.2f | %.0f / %.0f |%n", r.models(),
                    r.withWall() / median(r.replay(), Timing::wall), perTurn(r, Timing::wall),
                    r.withCpu() / r.replayCpu(), perTurn(r, Timing::cpu),
                    median(r.with(), t -> t.cpu() - t.jitCpu()) / median(r.replay(), t -> t.cpu() - t.jitCpu()),
                    median(r.with(), Timing::allocatedMb), median(r.replay(), Timing::allocatedMb)));
        }
        if (!results.get(0).compared().isEmpty()) {
            out.append("\n| models | wall, --processor / --compare (per turn) | CPU, --processor / --compare (per turn) "
                    + "| CPU of javac's thread inside process(), --processor / --compare (ms) |\n");
            out.append("| ---: | --- | --- | --- |\n");
            for (Result r : results) {
                out.append(String.format(Locale.ROOT, "| %d | %.2f (%s) | %.2f (%s) | %.0f / %.0f |%n", r.models(),
                        r.withWall() / median(r.compared(), Timing::wall), perTurn(r.with(), r.compared(), Timing::wall),
                        r.withCpu() / median(r.compared(), Timing::cpu), perTurn(r.with(), r.compared(), Timing::cpu),
                        r.inside(), median(r.compared(), Timing::insideProcessor)));
            }
        }
        for (int i = 1; i < results.size(); i++) {
            Result a = results.get(i - 1);
            Result b = results.get(i);
            out.append(String.format(Locale.ROOT,
                    "%nFrom %d to %d models (x%.0f): processor cost (CPU) x%.2f, Relata's own x%.2f, inside process() x%.2f, "
                    + "javac -proc:none (CPU) x%.2f",
                    a.models(), b.models(), (double) b.models() / a.models(), b.cpuCost() / a.cpuCost(),
                    b.ownCost() / a.ownCost(), b.inside() / a.inside(), b.withoutCpu() / a.withoutCpu()));
        }
        return out.append('\n').toString();
    }

    /** Relata's compile over the replay's of the same turn, each turn. */
    private static String perTurn(Result r, ToDoubleFunction<Timing> value) {
        return perTurn(r.with(), r.replay(), value);
    }

    /** Each turn's compile of {@code a} over that of {@code b}. */
    private static String perTurn(List<Timing> a, List<Timing> b, ToDoubleFunction<Timing> value) {
        List<String> ratios = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ratios.add(String.format(Locale.ROOT, "%.2f", value.applyAsDouble(a.get(i)) / value.applyAsDouble(b.get(i))));
        }
        return String.join(", ", ratios);
    }

    private static double median(List<Timing> timings, ToDoubleFunction<Timing> value) {
        double[] sorted = timings.stream().mapToDouble(value).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<Long> rounded(List<Timing> timings, ToDoubleFunction<Timing> value) {
        return timings.stream().map(t -> Math.round(value.applyAsDouble(t))).toList();
    }

    private static Path jarDirectory() {
        try {
            Path location = Paths.get(CompileBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent();
        } catch (Exception e) {
            return Paths.get(".");
        }
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The CPU time of the process's threads by kind, from {@code /proc/self/task} (Linux): the JIT
     * compiler's threads and the garbage collector's (its workers, concurrent and refinement threads,
     * and the VM thread, which runs the pauses). Elsewhere every total is 0. A compiler thread the JVM
     * stops during a compile takes its time with it: run with {@code -XX:-UseDynamicNumberOfCompilerThreads}
     * to keep them all.
     */
    private static final class ThreadCpu {
        static final int JIT = 0;
        static final int GC = 1;

        static long[] snapshot() {
            long[] totals = new long[2];
            Path tasks = Paths.get("/proc/self/task");
            if (!Files.isDirectory(tasks)) {
                return totals;
            }
            try (Stream<Path> threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    try {
                        String name = Files.readString(thread.resolve("comm")).strip();
                        int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? JIT
                                : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread") ? GC
                                : -1;
                        if (kind >= 0) {
                            String schedstat = Files.readString(thread.resolve("schedstat"));
                            totals[kind] += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                        }
                    } catch (IOException e) {
                        // The thread ended between the listing and the read: its time is gone with it.
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return totals;
        }
    }

    /** Delegates to the processor, adding up the CPU time javac's thread spends in it. */
    private static final class TimedProcessor implements Processor {
        private final Processor delegate;
        long nanos;
        long allocated;

        TimedProcessor(Processor delegate) {
            this.delegate = delegate;
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public void init(ProcessingEnvironment processingEnv) {
            long start = THREADS.getCurrentThreadCpuTime();
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            delegate.init(processingEnv);
            nanos += THREADS.getCurrentThreadCpuTime() - start;
            allocated += THREADS.getCurrentThreadAllocatedBytes() - bytes;
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
            long start = THREADS.getCurrentThreadCpuTime();
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            try {
                return delegate.process(annotations, roundEnv);
            } finally {
                nanos += THREADS.getCurrentThreadCpuTime() - start;
                allocated += THREADS.getCurrentThreadAllocatedBytes() - bytes;
            }
        }

        @Override
        public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }
}
