package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Compilations.assertWellReported;
import static dev.relata.processor.Compilations.compile;

import dev.relata.processor.Compilations.Compiled;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever users write, javac never crashes and every mistake is reported where it is: hundreds
 * of random, mostly broken model sets ({@link RandomModels}, with a fixed seed), each of which
 * either compiles or fails with positioned errors, none internal, none in generated code, and no
 * DAO for a model with an error. What compiles gets Mermaid diagrams that show its DDL.
 */
class MalformedModelsTest {
    /** The seed and the number of sets; a longer search can set them, as -Drelata.random.seed=7 -Drelata.random.sets=5000. */
    private static final long SEED = Long.getLong("relata.random.seed", 20_261_123L);
    private static final int SETS = Integer.getInteger("relata.random.sets", 240);
    private static final Pattern TAG = Pattern.compile("^\\[(relata:[a-z-]+)]");

    @TestFactory
    Stream<DynamicTest> randomModelSets() {
        Random random = new Random(SEED);
        List<List<Source>> sets = IntStream.range(0, SETS).mapToObj(i -> RandomModels.set(random, i)).toList();
        Outcomes outcomes = new Outcomes();
        Stream<DynamicTest> compilations = IntStream.range(0, SETS)
                .mapToObj(i -> DynamicTest.dynamicTest("set " + i, () -> check(sets.get(i), outcomes)));
        Stream<DynamicTest> spread = Stream.of(DynamicTest.dynamicTest("the sets exercise the checks", () -> {
            assertWithMessage("compilations that succeeded").that(outcomes.succeeded).isAtLeast(SETS / 20);
            assertWithMessage("diagrams checked").that(outcomes.diagrams).isAtLeast(SETS / 20);
            assertWithMessage("compilations that failed").that(outcomes.failed).isAtLeast(SETS / 2);
            assertWithMessage("the diagnostics reported").that(outcomes.tags.size()).isAtLeast(20);
        }));
        return Stream.concat(compilations, spread);
    }

    /** Sets the random search found broken, reduced to what breaks. */
    @Test
    void twoParentsOfWhichTheFirstIsTheModelItself() {
        Source a = Source.model("fuzz.A", "@Model\npublic record A(\n        @Parent A self,\n        @Parent Vote other) {}\n");
        Source vote = Source.model("fuzz.Vote", "@Model\npublic record Vote(@Id long id) {}\n");

        Compiled compilation = compileWithoutThrowing(a, vote);

        assertWellReported(compilation);
        Compilations.assertThat(compilation).hadErrorContaining("[relata:multiple-parents]").inFile(a.file())
                .onLine(a.line("@Parent Vote"));
        Compilations.assertNoDao(compilation, "fuzz.A");
    }

    @Test
    void twoParentsOfWhichTheFirstIsNotAModel() {
        Source value = Source.model("fuzz.Value", "@Model\npublic record Value(\n        @Parent String first,\n"
                + "        @Parent Node second) {}\n");
        Source node = Source.model("fuzz.Node", "@Model\npublic record Node(@Id long id) {}\n");

        Compiled compilation = compileWithoutThrowing(value, node);

        assertWellReported(compilation);
        Compilations.assertThat(compilation).hadErrorContaining("[relata:multiple-parents]").inFile(value.file())
                .onLine(value.line("@Parent Node"));
        Compilations.assertNoDao(compilation, "fuzz.Value");
    }

    @Test
    void componentNamedLikeAMethodOfObject() {
        Source tag = Source.model("fuzz.Tag", "@Model\npublic record Tag(\n        @Id long id,\n        String hashCode) {}\n");

        Compiled compilation = compileWithoutThrowing(tag);

        assertWellReported(compilation);
        Compilations.assertThat(compilation).hadErrorContaining("illegal record component name").inFile(tag.file())
                .onLine(tag.line("String hashCode"));
        Compilations.assertNoDao(compilation, "fuzz.Tag");
    }

    private static Compiled compileWithoutThrowing(Source... sources) {
        try {
            return compile(sources);
        } catch (RuntimeException e) {
            throw new AssertionError("javac threw", e);
        }
    }

    private static void check(List<Source> sources, Outcomes outcomes) {
        Compiled compilation;
        try {
            compilation = compile(sources.toArray(Source[]::new));
        } catch (RuntimeException e) {
            throw new AssertionError("javac threw on:\n" + describe(sources), e);
        }
        try {
            assertWellReported(compilation);
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
                Matcher tag = TAG.matcher(diagnostic.getMessage(Locale.ROOT));
                if (tag.find()) {
                    outcomes.tags.add(tag.group(1));
                }
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR && Compilations.isRelata(diagnostic)) {
                    assertNoDaoFrom(compilation, sources, diagnostic.getSource());
                }
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n\n" + describe(sources) + "\n" + diagnostics(compilation), e);
        }
        if (compilation.succeeded()) {
            // What compiles gets diagrams: each in Mermaid's grammar, each showing its package's DDL.
            for (String packageName : SchemaDiagrams.packagesWithDiagrams(compilation)) {
                try {
                    SchemaDiagrams.assertMatchesDdl(compilation, packageName, "random-" + outcomes.succeeded);
                } catch (AssertionError | IllegalArgumentException e) {
                    throw new AssertionError("the diagram of " + packageName + ": " + e.getMessage() + "\n\n"
                            + SchemaDiagrams.diagram(compilation, packageName) + "\n" + describe(sources), e);
                }
                outcomes.diagrams++;
            }
            outcomes.succeeded++;
        } else {
            outcomes.failed++;
        }
    }

    /** No DAO is generated for a model declared in a file with one of the processor's errors. */
    private static void assertNoDaoFrom(Compiled compilation, List<Source> sources, JavaFileObject file) {
        for (Source source : sources) {
            if (source.file().toUri().equals(file.toUri())) {
                String type = source.file().getName().replaceFirst("^/", "").replace(".java", "").replace('/', '.');
                for (String generated : compilation.generatedTypes()) {
                    assertWithMessage("a DAO for a model of %s, which has errors", type)
                            .that(generated.equals(type + "Dao") || generated.startsWith(type + "_")).isFalse();
                }
            }
        }
    }

    private static String describe(List<Source> sources) {
        StringBuilder text = new StringBuilder();
        for (Source source : sources) {
            if (!RandomModels.SUPPORT.contains(source)) {
                text.append("// ").append(source.file().getName()).append('\n').append(source.text()).append('\n');
            }
        }
        return text.toString();
    }

    private static String diagnostics(Compiled compilation) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            text.append(d.getKind()).append(' ').append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
                    .append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT)).append('\n');
        }
        return text.toString();
    }

    private static final class Outcomes {
        int succeeded;
        int diagrams;
        int failed;
        final Set<String> tags = new TreeSet<>();
    }
}
