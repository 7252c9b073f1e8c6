package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.relata.processor.Compilations.compileStrictly;

import dev.relata.processor.Compilations.Compiled;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Models, components, column types and finders the user deprecated: the generated code still uses
 * them, and must compile without warnings under {@code -Xlint:all -Werror}, so it suppresses exactly
 * the warnings (deprecation, removal) its uses would get, and no DAO of other models suppresses any.
 */
class DeprecatedModelsTest {
    private static final Source OLD = Source.model("shop.Old", """
            /** Replaced by a newer model. */
            @Deprecated
            @Model
            public record Old(@Id long id, String name) {}
            """);
    private static final Source MOOD = Source.of("shop.Mood", """
            package shop;

            /** To be removed. */
            @Deprecated(forRemoval = true)
            public enum Mood { HAPPY, SAD }
            """);
    private static final Source CURRENT = Source.model("shop.Current", """
            @SuppressWarnings({"removal", "deprecation"})
            @Model
            public record Current(@Id long id, Mood mood, @Deprecated String legacy) {}
            """);
    private static final Source CARD = Source.model("shop.Card", """
            @SuppressWarnings("deprecation")
            @Model
            public record Card(@Id long id, @OneToOneField(to = Old.class, onDelete = OnDelete.CASCADE) long old) {}
            """);
    private static final Source PLAIN = Source.model("shop.Plain", "@Model\npublic record Plain(@Id long id, String name) {}\n");

    @Test
    void generatedCodeThatUsesDeprecatedTypesCompilesWithoutWarnings() {
        Compiled compiled = compileStrictly(OLD, MOOD, CURRENT, CARD, PLAIN);

        Compilations.assertThat(compiled).succeededWithoutWarnings();
        // The deprecated model, and the model whose DAO reads its rows through the link.
        assertThat(source(compiled, "shop.OldDao")).contains("\n@SuppressWarnings(\"deprecation\")\npublic final class OldDao");
        assertThat(source(compiled, "shop.CardDao")).contains("\n@SuppressWarnings(\"deprecation\")\npublic final class CardDao");
        // A column type deprecated for removal, and a deprecated component.
        assertThat(source(compiled, "shop.CurrentDao"))
                .contains("\n@SuppressWarnings({\"deprecation\", \"removal\"})\npublic final class CurrentDao");
        assertThat(source(compiled, "shop.PlainDao")).doesNotContain("@SuppressWarnings");
    }

    @Test
    void aDeprecatedFinderInterfaceAndMethodCompileWithoutWarnings() {
        Source finders = Source.of("shop.PlainFinders", """
                package shop;

                import dev.relata.Finders;
                import dev.relata.Where;
                import java.util.List;

                /** Old queries. */
                @Deprecated
                @Finders(Plain.class)
                public interface PlainFinders {
                    /** By name. */
                    @Deprecated
                    @Where("name = :name")
                    List<Plain> named(String name);
                }
                """);

        Compiled compiled = compileStrictly(PLAIN, finders);

        Compilations.assertThat(compiled).succeededWithoutWarnings();
        assertThat(source(compiled, "shop.PlainDao")).contains("@SuppressWarnings(\"deprecation\")");
    }

    private static String source(Compiled compiled, String type) {
        try {
            return compiled.compilation().generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
