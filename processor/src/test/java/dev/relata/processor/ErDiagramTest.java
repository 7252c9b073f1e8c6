package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Compilations.compileStrictly;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.processor.Compilations.Compiled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid {@code erDiagram} the processor writes beside the DDL scripts, per package
 * ({@code relata-schema.mmd}): the seed's diagram against a golden file, each diagram in Mermaid's
 * grammar ({@link MermaidErGrammar}), and each showing the tables, columns, keys and foreign keys
 * of the package's DDL, with every link's onDelete ({@link SchemaDiagrams}; {@link MalformedModelsTest}
 * checks the same for every random model set that compiles).
 *
 * <p>After an intended change, rewrite the golden file with
 * {@code mvn -pl processor test -Dtest=ErDiagramTest -Drelata.golden.update=true}, and review its diff.
 */
class ErDiagramTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void seedDiagramIsTheGoldenFile() throws IOException {
        String actual = SchemaDiagrams.diagram(compileStrictly(Seed.models()), Seed.PACKAGE);
        Path golden = GOLDEN.resolve(Seed.PACKAGE.replace('.', '/')).resolve(SchemaDiagrams.DIAGRAM);
        if (Boolean.getBoolean("relata.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertWithMessage("the seed's diagram, against %s", golden.toAbsolutePath())
                .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        SchemaDiagrams.assertMatchesDdl(compileStrictly(Seed.models()), Seed.PACKAGE, "seed");
    }

    @Test
    void sameInputSameBytes() {
        assertThat(SchemaDiagrams.diagram(compileStrictly(Seed.models()), Seed.PACKAGE))
                .isEqualTo(SchemaDiagrams.diagram(compileStrictly(Seed.models()), Seed.PACKAGE));
    }

    /** Nullable, key and cross-package links; names Mermaid would read as keywords; every column type. */
    @Test
    void showsEveryKindOfLinkAndColumn() {
        Source account = Source.model("accounts.Account", """
                @Model
                public record Account(@Id java.util.UUID id, String email) {}
                """);
        Source settings = Source.model("blog.Settings", """
                @Model(table = "end")
                public record Settings(
                        @Id @OneToOneField(to = accounts.Account.class, onDelete = OnDelete.CASCADE) java.util.UUID account,
                        @Column(name = "pk") boolean darkMode) {}
                """);
        Source author = Source.model("blog.Author", """
                @Model
                public record Author(
                        @Id long id,
                        @OneToOneField(to = accounts.Account.class, onDelete = OnDelete.SET_NULL)
                        java.util.@org.jspecify.annotations.Nullable UUID account,
                        @Column(length = 40) String name,
                        @org.jspecify.annotations.Nullable String bio,
                        byte b, short s, int i, float f, double d, char c, java.math.BigDecimal money,
                        java.time.LocalDate born, java.time.LocalDateTime seen, java.time.Instant at, byte[] photo,
                        Kind kind) {
                    public enum Kind { STAFF, GUEST }
                }
                """);
        Source guest = Source.model("blog.Guest", """
                @Model
                public record Guest(@Parent Author author, int visits) {}
                """);

        Compiled compilation = compileStrictly(account, settings, author, guest);
        String text = SchemaDiagrams.diagram(compilation, "blog");

        assertThat(text).contains("""
                    "end" {
                        UUID account_id PK, FK
                        BOOLEAN `pk`
                    }
                """);
        assertThat(text).contains("""
                    author {
                        BIGINT id PK
                        UUID account_id FK, UK "nullable"
                        VARCHAR(40) name
                        VARCHAR(255) bio "nullable"
                        TINYINT b
                        SMALLINT s
                        INTEGER i
                        REAL f
                        DOUBLE d
                        CHAR(1) c
                        DECIMAL money
                        DATE born
                        TIMESTAMP seen
                        TIMESTAMPTZ at
                        VARBINARY photo
                        VARCHAR(255) kind
                    }
                """);
        assertThat(text).contains("\n    author |o..o| account : \"account, onDelete SET_NULL\"\n");
        assertThat(text).contains("\n    \"end\" |o--|| account : \"account, onDelete CASCADE\"\n");
        assertThat(text).contains("\n    guest |o--|| author : \"parent author, onDelete CASCADE\"\n");
        assertWithMessage("the other package's table, which its own diagram shows")
                .that(text).doesNotContain("account {");
        SchemaDiagrams.assertMatchesDdl(compilation, "blog", "mixed");
        SchemaDiagrams.assertMatchesDdl(compilation, "accounts", "mixed");
    }

    @Test
    void showsForeignKeysAsOneToManyAndUniqueColumns() {
        Source restaurant = Source.model("dining.Restaurant", """
                @Model
                public record Restaurant(@Id long id, @Column(unique = true) String code) {}
                """);
        Source waiter = Source.model("dining.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.SET_NULL, relatedName = "formerWaiters")
                        @org.jspecify.annotations.Nullable Long former) {}
                """);

        Compiled compilation = compileStrictly(restaurant, waiter);
        String text = SchemaDiagrams.diagram(compilation, "dining");

        assertThat(text).contains("""
                    restaurant {
                        BIGINT id PK
                        VARCHAR(255) code UK
                    }
                """);
        assertThat(text).contains("""
                    waiter {
                        BIGINT id PK
                        BIGINT restaurant_id FK
                        BIGINT former_id FK "nullable"
                    }
                """);
        assertThat(text).contains("\n    waiter }o..|| restaurant : \"restaurant, onDelete CASCADE\"\n");
        assertThat(text).contains("\n    waiter }o..o| restaurant : \"former, onDelete SET_NULL\"\n");
        SchemaDiagrams.assertMatchesDdl(compilation, "dining", "foreign-keys");
    }

    /** The grammar check fails on what Mermaid refuses: it is no check that passes anything. */
    @Test
    void grammarRefusesWhatMermaidRefuses() {
        String table = "erDiagram\n    user {\n        BIGINT id PK\n    }\n";
        assertThat(MermaidErGrammar.parse(table).entities()).containsKey("user");

        List<String> broken = List.of(
                "graph TD\n",
                "erDiagram\n    end {\n        BIGINT id PK\n    }\n",
                "erDiagram\n    One {\n        BIGINT id PK\n    }\n",
                "erDiagram\n    user {\n        BIGINT pk\n    }\n",
                "erDiagram\n    user {\n        DOUBLE PRECISION d\n    }\n",
                "erDiagram\n    user {\n        DECIMAL(65, 30) d\n    }\n",
                "erDiagram\n    user {\n        BIGINT id PK\n",
                "erDiagram\n    user {\n        BIGINT id PK, NN\n    }\n",
                "erDiagram\n    profile |o..|| user : user, CASCADE\n",
                "erDiagram\n    profile |o..|| user : \"say \"hi\"\"\n",
                "erDiagram\n    profile o|..|| user : \"user\"\n",
                "erDiagram\n    profile |o..|| to : \"user\"\n");
        for (String text : broken) {
            assertThrows(IllegalArgumentException.class, () -> MermaidErGrammar.parse(text), text);
        }
    }
}
