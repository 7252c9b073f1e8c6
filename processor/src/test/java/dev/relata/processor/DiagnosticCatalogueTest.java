package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relata.processor.diagnostics.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue of diagnostics: stable tags, a fix for each, a compile test for each, each in the README. */
class DiagnosticCatalogueTest {
    /** Where the compile tests are, relative to the module. */
    private static final Path TESTS = Path.of("src/test/java/dev/relata/processor");

    @Test
    void tagsAreUniqueAndSearchable() {
        Set<String> tags = new HashSet<>();
        for (Message message : Message.values()) {
            assertWithMessage("the tag of %s", message).that(message.tag()).matches("relata:[a-z]+(-[a-z]+)*");
            assertWithMessage("a second message with the tag of %s", message).that(tags.add(message.tag())).isTrue();
        }
    }

    @Test
    void everyMessageStartsWithItsTagAndSaysHowToFixIt() {
        for (Message message : Message.values()) {
            // The last argument stands for a computed hint, as condition-type-mismatch has.
            String text = message.format("A", "b", "C", "d", "E", "f", "Do g.");
            assertWithMessage("%s", message).that(text).startsWith("[" + message.tag() + "] ");
            assertWithMessage("%s", message).that(text).containsMatch("[.)] Fix: [A-Z]");
            if (message != Message.INTERNAL_ERROR) { // which ends with the trace
                assertWithMessage("%s", message).that(text).containsMatch("[.)]$");
            }
            assertWithMessage("%s: an argument left unformatted", message).that(text).doesNotContainMatch("\\{[0-9]\\}");
        }
    }

    /** Where the README is, relative to the module: it documents every tag, which users search for. */
    private static final Path README = Path.of("../README.md");

    @Test
    void everyTagIsInTheReadme() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        for (Message message : Message.values()) {
            if (!readme.contains("`" + message.tag() + "`")) {
                undocumented.add(message.tag());
            }
        }
        assertWithMessage("tags missing from the README's tables").that(undocumented).isEmpty();
    }

    @Test
    void everyMessageHasACompileTest() throws IOException {
        assertWithMessage("the compile tests, at %s", TESTS.toAbsolutePath()).that(Files.isDirectory(TESTS)).isTrue();
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).sorted().toList()) {
                if (!file.endsWith(getClass().getSimpleName() + ".java")) {
                    tests.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        List<String> untested = new ArrayList<>();
        for (Message message : Message.values()) {
            // An internal error takes a bug in the processor: no source can ask for one.
            if (message != Message.INTERNAL_ERROR && tests.indexOf("[" + message.tag() + "]") < 0) {
                untested.add(message.tag());
            }
        }
        assertWithMessage("messages that no compile test asserts").that(untested).isEmpty();
    }
}
