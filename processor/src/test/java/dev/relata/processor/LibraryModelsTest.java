package dev.relata.processor;

import static dev.relata.processor.Compilations.assertNoDao;
import static dev.relata.processor.Compilations.assertOnlyErrors;
import static dev.relata.processor.Compilations.assertThat;
import static dev.relata.processor.Compilations.compileAgainst;
import static dev.relata.processor.Compilations.compileLibrary;
import static dev.relata.processor.Compilations.compileUnwrapped;

import dev.relata.processor.Compilations.Compiled;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Models from a library jar compiled without Relata's processor: what is wrong with them is
 * reported on the component of the compilation that uses them, since javac shows no line of a
 * class file.
 */
class LibraryModelsTest {
    private static final Source PERSON = Source.model("lib.Person", """
            @Model
            public record Person(@Id long id, String name) {}
            """);

    @TempDir
    Path dir;

    /** In javac's own processing environment, and in one wrapped as build tools wrap it. */
    @ParameterizedTest(name = "wrapped: {0}")
    @ValueSource(booleans = {true, false})
    void libraryLinkWithoutOnDeleteIsReportedOnTheLinkingComponent(boolean wrapped) throws IOException {
        Source owner = Source.model("lib.Owner", """
                @Model
                public record Owner(@Id long id, @OneToOneField(to = Person.class) long person) {}
                """);
        Path jar = compileLibrary(dir.resolve("lib.jar"), PERSON, owner);
        Source pet = Source.model("test.Pet", """
                @Model
                public record Pet(
                        @Id long id,
                        @OneToOneField(to = lib.Owner.class, onDelete = OnDelete.CASCADE) long owner) {}
                """);

        Compiled compilation = wrapped ? compileAgainst(jar, List.of("-Xlint:all"), pet)
                : compileUnwrapped(Compilations.withLibrary(jar), List.of("-Xlint:all"), pet);

        assertOnlyErrors(compilation, "relata:missing-on-delete");
        assertThat(compilation)
                .hadErrorContaining("[relata:missing-on-delete] lib.Owner.person, in the compiled model lib.Owner used by"
                        + " Pet.owner: @OneToOneField Owner.person has no onDelete: say what happens to Owner rows when"
                        + " the Person they link to is deleted. Fix: Add onDelete = one of: OnDelete.CASCADE")
                .inFile(pet.file()).onLine(pet.line("long owner")).atColumn(pet.column("@OneToOneField"));
        assertThat(compilation).hadErrorCount(1);
        if (wrapped) {
            assertNoDao(compilation, "test.Pet"); // known only of recorded compilations
        }
    }

    @Test
    void errorOfAModelReachedThroughOtherLibraryModelsIsReportedOnTheComponentThatReachesIt() throws IOException {
        Source person = Source.model("lib.Person", """
                @Model
                public record Person(@Id long id, Object notes) {}
                """);
        Source owner = Source.model("lib.Owner", """
                @Model
                public record Owner(@Id long id, @OneToOneField(to = Person.class, onDelete = OnDelete.CASCADE) long person) {}
                """);
        Path jar = compileLibrary(dir.resolve("lib.jar"), person, owner);
        Source pet = Source.model("test.Pet", """
                @Model
                public record Pet(
                        @Parent lib.Owner owner,
                        String name) {}
                """);

        Compiled compilation = compileAgainst(jar, List.of("-Xlint:all"), pet);

        assertOnlyErrors(compilation, "relata:unsupported-type");
        assertThat(compilation)
                .hadErrorContaining("[relata:unsupported-type] lib.Person.notes, in the compiled model lib.Person used by"
                        + " Pet.owner (through lib.Owner): Person.notes has type java.lang.Object, which has no SQL mapping.")
                .inFile(pet.file()).onLine(pet.line("@Parent lib.Owner owner"));
        assertNoDao(compilation, "test.Pet");
    }

    @Test
    void aWellFormedLibraryModelCanBeLinkedTo() throws IOException {
        Path jar = compileLibrary(dir.resolve("lib.jar"), PERSON);
        Source pet = Source.model("test.Pet", """
                @Model
                public record Pet(
                        @Id long id,
                        @OneToOneField(to = lib.Person.class, onDelete = OnDelete.CASCADE) long person) {}
                """);

        Compiled compilation = compileAgainst(jar, List.of("-Xlint:all,-processing", "-Werror"), pet);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.PetDao").contentsAsUtf8String()
                .contains("public Person person(Pet pet)");
    }
}
