package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Compilations.compileStrictly;

import com.google.testing.compile.JavaFileObjects;
import dev.relata.processor.Compilations.Compiled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What users read in their IDE: the seed's generated sources, compared with golden files under
 * {@code src/test/resources/golden}, and the same bytes for the same input.
 *
 * <p>After an intended change to the generated code, rewrite the golden files with
 * {@code mvn -pl processor test -Dtest=GeneratedSourcesTest -Drelata.golden.update=true}, and review
 * their diff.
 */
class GeneratedSourcesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"ProfileDao", "RelataSchema"})
    void seedSourceIsTheGoldenFile(String name) throws IOException {
        Compiled compilation = compileStrictly(Seed.models());
        String actual = sources(compilation).get(Seed.PACKAGE + "." + name);
        Path golden = GOLDEN.resolve(Seed.PACKAGE.replace('.', '/')).resolve(name + ".java");
        if (Boolean.getBoolean("relata.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertWithMessage("generated %s", name).that(actual).isNotNull();
        assertWithMessage("%s, against %s", name, golden.toAbsolutePath())
                .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** DESIGN section 9's Restaurant and Waiter: a foreign key and a unique column, as users read them. */
    @ParameterizedTest
    @ValueSource(strings = {"RestaurantDao", "WaiterDao"})
    void foreignKeySourceIsTheGoldenFile(String name) throws IOException {
        Compiled compilation = compileStrictly(JavaFileObjects.forResource("seed/com/example/dining/Restaurant.java"),
                JavaFileObjects.forResource("seed/com/example/dining/Waiter.java"));
        String actual = sources(compilation).get("com.example.dining." + name);
        Path golden = GOLDEN.resolve("com/example/dining").resolve(name + ".java");
        if (Boolean.getBoolean("relata.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertWithMessage("generated %s", name).that(actual).isNotNull();
        assertWithMessage("%s, against %s", name, golden.toAbsolutePath())
                .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * A chain of models keyed by links to a {@code @Distributed} root, and a reference table it links
     * to: the {@code RelataSchema} with {@code citusStatements()}.
     */
    @Test
    void distributedSchemaIsTheGoldenFile() throws IOException {
        Compiled compilation = compileStrictly(Social.models());
        String actual = sources(compilation).get(Social.PACKAGE + ".RelataSchema");
        Path golden = GOLDEN.resolve(Social.PACKAGE.replace('.', '/')).resolve("RelataSchema.java");
        if (Boolean.getBoolean("relata.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertWithMessage("generated RelataSchema").that(actual).isNotNull();
        assertWithMessage("RelataSchema, against %s", golden.toAbsolutePath())
                .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void sameInputSameBytes() {
        Map<String, String> first = sources(compileStrictly(Seed.models()));
        Map<String, String> second = sources(compileStrictly(Seed.models()));

        assertThat(first).hasSize(5);
        assertThat(second).containsExactlyEntriesIn(first);
    }

    /**
     * Build tools hand javac the sources in no set order (a directory listing's): the output must
     * not depend on it. A Badge beside the seed gives User two incoming links.
     */
    @Test
    void sourceOrderDoesNotMatter() {
        Source badge = Source.model(Seed.PACKAGE + ".Badge", """
                @Model
                public record Badge(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.PROTECT) long owner) {}
                """);
        List<JavaFileObject> files = new ArrayList<>(Arrays.asList(Seed.models()));
        files.add(badge.file());
        List<JavaFileObject> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);

        Map<String, String> declared = sources(compileStrictly(files.toArray(JavaFileObject[]::new)));
        Map<String, String> backwards = sources(compileStrictly(reversed.toArray(JavaFileObject[]::new)));

        assertThat(backwards).containsExactlyEntriesIn(declared);
    }

    /** The generated sources by qualified name, as UTF-8 text. */
    private static Map<String, String> sources(Compiled compilation) {
        Compilations.assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : compilation.generatedTypes()) {
            JavaFileObject file = compilation.compilation().generatedSourceFile(name).orElseThrow();
            try (InputStream in = file.openInputStream()) {
                sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
