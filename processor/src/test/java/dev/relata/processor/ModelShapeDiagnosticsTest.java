package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Compilations.assertNoDao;
import static dev.relata.processor.Compilations.assertOnlyErrors;
import static dev.relata.processor.Compilations.assertThat;
import static dev.relata.processor.Compilations.assertWellReported;
import static dev.relata.processor.Compilations.compile;
import static dev.relata.processor.Compilations.compileUnwrapped;

import dev.relata.processor.Compilations.Compiled;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a {@code @Model} type must be on its own: a plain, accessible record with one key or one parent. */
class ModelShapeDiagnosticsTest {

    @ParameterizedTest(name = "@Model on {1}")
    @CsvSource(delimiter = '|', value = {
        "public class Tag { public long id; }       | a class",
        "public interface Tag { long id(); }        | an interface",
        "public enum Tag { RED, GREEN }             | an enum",
        "public @interface Tag { long id(); }       | an annotation type",
    })
    void modelOnSomethingElseThanARecord(String declaration, String kind) {
        Source tag = Source.model("test.Tag", "@Model\n" + declaration + "\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:not-a-record");
        assertThat(compilation)
                .hadErrorContaining("[relata:not-a-record] @Model can only be placed on a record, but Tag is " + kind + "."
                        + " Fix: Declare it as `public record Tag(...)`: a model is an immutable row.")
                .inFile(tag.file()).onLine(tag.line("@Model")).atColumn(1);
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void genericRecord() {
        Source box = Source.model("test.Box", """
                @Model
                public record Box<T extends Number>(@Id long id, String label) {}
                """);

        Compiled compilation = compile(box);

        assertOnlyErrors(compilation, "relata:generic-model");
        assertThat(compilation)
                .hadErrorContaining("[relata:generic-model] Model Box declares type parameters; a model's columns need fixed"
                        + " types. Fix: Remove the type parameters from Box.")
                .inFile(box.file()).onLine(box.line("record Box"));
        assertNoDao(compilation, "test.Box");
    }

    @Test
    void privateNestedRecord() {
        Source blog = Source.model("test.Blog", """
                public class Blog {
                    @Model
                    private record Tag(@Id long id, String label) {}
                }
                """);

        Compiled compilation = compile(blog);

        assertOnlyErrors(compilation, "relata:model-not-accessible");
        assertThat(compilation)
                .hadErrorContaining("[relata:model-not-accessible] Model Tag is private, so the DAO generated beside it"
                        + " cannot use it. Fix: Make Tag public or package-private, and a top-level or static nested record.")
                .inFile(blog.file()).onLine(blog.line("record Tag"));
        assertNoDao(compilation, "test.Blog_Tag");
    }

    @Test
    void recordNestedInAPrivateClass() {
        Source blog = Source.model("test.Blog", """
                public class Blog {
                    private static class Hidden {
                        @Model
                        record Tag(@Id long id, String label) {}
                    }
                }
                """);

        Compiled compilation = compile(blog);

        assertOnlyErrors(compilation, "relata:model-not-accessible");
        assertThat(compilation)
                .hadErrorContaining("[relata:model-not-accessible] Model Tag is nested in the private Hidden, so the DAO"
                        + " generated beside it cannot use it.")
                .inFile(blog.file()).onLine(blog.line("record Tag"));
        assertNoDao(compilation, "test.Blog_Hidden_Tag");
    }

    /**
     * A package-private record in a file named after another type is an auxiliary class: javac
     * warns on every use of it from another file, the generated DAO's too, and no
     * {@code @SuppressWarnings} in the generated code silences that.
     */
    @Test
    void modelInTheFileOfAnotherType() {
        Source owner = Source.model("test.Owner", """
                @Model
                public record Owner(@Id long id, String name) {}

                @Model
                record Pet(
                        @Id long id,
                        @OneToOneField(to = Owner.class, onDelete = OnDelete.CASCADE) long owner) {}
                """);

        Compiled compilation = compileUnwrapped(List.of("-Xlint:all"), owner);

        assertOnlyErrors(compilation, "relata:auxiliary-model");
        assertThat(compilation)
                .hadErrorContaining("[relata:auxiliary-model] Model Pet is declared in Owner.java, a file named after"
                        + " another type, as a package-private top-level type: javac warns (auxiliaryclass) wherever code"
                        + " outside Owner.java uses Pet, as the generated PetDao must, and a build with -Werror fails."
                        + " Fix: Move Pet into a file of its own, Pet.java, or nest it inside the public type of Owner.java.")
                .inFile(owner.file()).onLine(owner.line("record Pet"));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void modelInsideAnAuxiliaryClass() {
        Source owner = Source.model("test.Owner", """
                public class Owner {}

                class Pets {
                    @Model
                    record Pet(@Id long id, String name) {}
                }
                """);

        Compiled compilation = compileUnwrapped(List.of("-Xlint:all"), owner);

        assertOnlyErrors(compilation, "relata:auxiliary-model");
        assertThat(compilation)
                .hadErrorContaining("[relata:auxiliary-model] Model Pet is declared in Owner.java, a file named after"
                        + " another type, inside the package-private top-level type Pets: javac warns (auxiliaryclass)"
                        + " wherever code outside Owner.java uses Pets, as the generated Pets_PetDao must, and a build"
                        + " with -Werror fails. Fix: Move Pets into a file of its own, Pets.java, or nest it inside the"
                        + " public type of Owner.java.")
                .inFile(owner.file()).onLine(owner.line("record Pet"));
    }

    /**
     * JDK 18's Elements.getFileObjectOf names the file where a wrapped environment (Gradle's) hides
     * javac's Trees; on JDK 17 nothing can name it there, and the check is skipped, as the README says:
     * javac's own auxiliaryclass warning is then all the user gets.
     */
    @Test
    void modelInTheFileOfAnotherTypeBehindAWrappedEnvironment() {
        Source owner = Source.model("test.Owner", """
                @Model
                public record Owner(@Id long id, String name) {}

                @Model
                record Pet(@Id long id, String name) {}
                """);

        Compiled compilation = compile(owner);

        if (Runtime.version().feature() < 18) {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining("auxiliary class test.Pet in test/Owner.java should not be accessed");
            return;
        }
        assertOnlyErrors(compilation, "relata:auxiliary-model");
        assertThat(compilation).hadErrorContaining("[relata:auxiliary-model] Model Pet is declared in Owner.java")
                .inFile(owner.file()).onLine(owner.line("record Pet"));
        assertNoDao(compilation, "test.Pet");
    }

    /** Nested models, and package-private models in files of their own, are not auxiliary classes. */
    @Test
    void nestedAndPackagePrivateModelsCompileWithoutWarnings() {
        Source owner = Source.model("test.Owner", """
                @Model
                public record Owner(@Id long id, String name) {
                    @Model
                    record Pet(
                            @Id long id,
                            @OneToOneField(to = Owner.class, onDelete = OnDelete.CASCADE) long owner) {}
                }
                """);
        Source shelter = Source.model("test.Shelter", """
                public class Shelter {
                    @Model
                    static record Kennel(@Id long id, @OneToOneField(to = Tag.class, onDelete = OnDelete.CASCADE) long tag) {}
                }
                """);
        Source tag = Source.model("test.Tag", """
                @Model
                record Tag(@Id long id, String label) {}
                """);

        Compiled compilation = compileUnwrapped(List.of("-Xlint:all,-processing", "-Werror"), owner, shelter, tag);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Owner_PetDao").contentsAsUtf8String()
                .contains("public Owner owner(Owner.Pet ownerPet)");
        assertThat(compilation).generatedSourceFile("test.Shelter_KennelDao");
        assertThat(compilation).generatedSourceFile("test.TagDao");
    }

    @Test
    void noKey() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(String label, int uses) {}
                """);

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:no-key");
        assertThat(compilation)
                .hadErrorContaining("[relata:no-key] Model Tag has no key. Fix: Mark the key component with @Id, name it"
                        + " `id`, or give Tag a @Parent to inherit its key.")
                .inFile(tag.file()).onLine(tag.line("record Tag"));
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void twoIds() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        @Id String label) {}
                """);

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:multiple-ids");
        assertThat(compilation)
                .hadErrorContaining("[relata:multiple-ids] Model Tag marks both id and label with @Id; a model has one key."
                        + " Fix: Keep @Id on one component.")
                .inFile(tag.file()).onLine(tag.line("@Id String label"));
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void idBesideAParent() {
        Source page = Source.model("test.Page", """
                @Model
                public record Page(@Id long id, String title) {}
                """);
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent Page page,
                        @Id long likeId,
                        int likes) {}
                """);

        Compiled compilation = compile(page, like);

        assertOnlyErrors(compilation, "relata:key-with-parent");
        assertThat(compilation)
                .hadErrorContaining("[relata:key-with-parent] Like.likeId is marked @Id, but Like has a @Parent, whose key"
                        + " is Like's key. Fix: Remove @Id from Like.likeId.")
                .inFile(like.file()).onLine(like.line("@Id long likeId"));
        assertNoDao(compilation, "test.Like");
    }

    @ParameterizedTest(name = "@Id {0}")
    @CsvSource({"double, double", "boolean, boolean", "java.time.LocalDate, java.time.LocalDate",
            "java.math.BigDecimal, java.math.BigDecimal", "short, short"})
    void keyOfAType(String type, String shown) {
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id " + type + " code,\n"
                + "        String label) {}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:unsupported-key-type");
        assertThat(compilation)
                .hadErrorContaining("[relata:unsupported-key-type] The key Tag.code has type " + shown + ", which cannot be"
                        + " a key. Fix: Use long, int, Long, Integer (generated by the database), or UUID or String"
                        + " (assigned by you).")
                .inFile(tag.file()).onLine(tag.line(" code,"));
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void twoParents() {
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Id long id, String title) {}\n");
        Source photo = Source.model("test.Photo", "@Model\npublic record Photo(@Id long id, String url) {}\n");
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent Page page,
                        @Parent Photo photo,
                        int likes) {}
                """);

        Compiled compilation = compile(page, photo, like);

        assertOnlyErrors(compilation, "relata:multiple-parents");
        assertThat(compilation)
                .hadErrorContaining("[relata:multiple-parents] Model Like has two @Parent components, page and photo; a"
                        + " model inherits from one parent. Fix: Keep @Parent on one component; link the other model with"
                        + " @OneToOneField.")
                .inFile(like.file()).onLine(like.line("@Parent Photo photo"));
        assertNoDao(compilation, "test.Like");
    }

    @ParameterizedTest(name = "@Parent {0}")
    @CsvSource({"String, java.lang.String", "Plain, test.Plain", "long, long", "Object, java.lang.Object"})
    void parentThatIsNotAModel(String type, String shown) {
        Source plain = Source.model("test.Plain", "public record Plain(long id) {}\n");
        Source like = Source.model("test.Like", "@Model\npublic record Like(\n        @Parent " + type + " page,\n"
                + "        int likes) {}\n");

        Compiled compilation = compile(plain, like);

        assertOnlyErrors(compilation, "relata:parent-not-model");
        assertThat(compilation)
                .hadErrorContaining("[relata:parent-not-model] @Parent Like.page has type " + shown + ", which is not a"
                        + " @Model record. Fix: A @Parent component's type is the parent model itself, for example"
                        + " `@Parent Page page`.")
                .inFile(like.file()).onLine(like.line("@Parent")).atColumn(like.column("@Parent"));
        assertNoDao(compilation, "test.Like");
    }

    @Test
    void parentThatIsAlsoALink() {
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Id long id, String title) {}\n");
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent
                        @OneToOneField(to = Page.class, onDelete = OnDelete.CASCADE) Page page,
                        int likes) {}
                """);

        Compiled compilation = compile(page, like);

        assertOnlyErrors(compilation, "relata:parent-and-link");
        assertThat(compilation)
                .hadErrorContaining("[relata:parent-and-link] Like.page is both @Parent and @OneToOneField. Fix: Keep"
                        + " @Parent: inheritance already links Like to its parent.")
                .inFile(like.file()).onLine(like.line("@OneToOneField")).atColumn(like.column("@OneToOneField"));
        assertNoDao(compilation, "test.Like");
    }

    /** A class of the user's that has the DAO's name: a mistake to explain on the model, not a bug of Relata's. */
    @Test
    void classNamedLikeTheDao() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(@Id long id, String label) {}
                """);
        Source dao = Source.model("test.TagDao", "public class TagDao {}\n");

        Compiled compilation = compile(tag, dao);

        assertWellReported(compilation);
        assertThat(compilation).hadErrorContaining("[relata:dao-name-taken] Relata generates test.TagDao for the model Tag")
                .inFile(tag.file()).onLine(tag.line("record Tag"));
    }

    /** A model, a class of the user's named like its DAO, and a model of the same package with no error. */
    private static final Source TAG = Source.model("test.Tag", """
            @Model
            public record Tag(@Id long id, String title) {}
            """);
    private static final Source TAG_DAO = Source.model("test.TagDao", "public class TagDao {}\n");
    private static final Source NOTE = Source.model("test.Note", """
            @Model
            public record Note(@Id long id, String text) {}
            """);

    /**
     * The DAOs are built while javac looks their names up: a model that links to one whose DAO's name
     * is taken gets no DAO either, and the package no {@code RelataSchema}, as when the name is found
     * taken before anything is built; the other models get theirs.
     */
    @Test
    void aModelLinkingToOneWhoseDaoNameIsTakenGetsNoDao() {
        Source label = Source.model("test.Label", """
                @Model
                public record Label(@Id long id, @OneToOneField(to = Tag.class, onDelete = OnDelete.CASCADE) long tag) {}
                """);

        Compiled compilation = compile(TAG, label, NOTE, TAG_DAO);

        assertOnlyTheTakenName(compilation);
        assertNoDao(compilation, "test.Label");
        assertWithMessage("the generated types").that(compilation.generatedTypes()).doesNotContain("test.RelataSchema");
    }

    /**
     * The finders of a model whose DAO's name is taken are not checked: there is no DAO to implement
     * them, and a clash with the user's own type of that name would only add noise to the one error.
     */
    @Test
    void theFindersOfAModelWhoseDaoNameIsTakenAreNotChecked() {
        Source finders = Source.model("test.TagFinders", """
                @Finders(Tag.class)
                public interface TagFinders {
                    java.util.List<Tag> count(String title);
                }
                """);

        assertOnlyTheTakenName(compile(TAG, finders, NOTE, TAG_DAO));
    }

    /**
     * A class of the user's named like the package's schema: no {@code RelataSchema} can be written
     * there, which is reported on the package's first model, not as an internal error when the file is
     * written; the models' DAOs are written.
     */
    @Test
    void classNamedLikeTheSchema() {
        Source schema = Source.model("test.RelataSchema", "public class RelataSchema {}\n");

        Compiled compilation = compile(TAG, NOTE, schema);

        assertOnlyErrors(compilation, "relata:schema-name-taken");
        assertThat(compilation).hadErrorContaining("[relata:schema-name-taken] Relata generates test.RelataSchema for the"
                        + " models of package test, but a type test.RelataSchema already exists. Fix: Rename that type, or"
                        + " move the models to another package.")
                .inFile(NOTE.file()).onLine(NOTE.line("record Note"));
        assertWithMessage("the generated types").that(compilation.generatedTypes()).contains("test.TagDao");
    }

    /** A model named like the schema of its package, the unnamed one: the error is on that model. */
    @Test
    void modelNamedLikeTheSchema() {
        Source schema = Source.model("RelataSchema", """
                @Model
                public record RelataSchema(@Id long id, String name) {}
                """);
        Source other = Source.model("Other", """
                @Model
                public record Other(@Id long id) {}
                """);

        Compiled compilation = compile(other, schema);

        assertOnlyErrors(compilation, "relata:schema-name-taken");
        assertThat(compilation).hadErrorContaining("[relata:schema-name-taken] Relata generates RelataSchema for the"
                        + " models of the unnamed package, but a type RelataSchema already exists.")
                .inFile(schema.file()).onLine(schema.line("record RelataSchema"));
    }

    /**
     * A nested record's DAO is named after its enclosing types joined by {@code _}: a record of the
     * package named like that gets the same DAO, which is reported on the later of the two, not as an
     * internal error when the second file is written.
     */
    @Test
    void twoModelsWithOneDaoName() {
        Source outer = Source.model("test.Outer", """
                public class Outer {
                    @Model
                    public record Inner(@Id long id) {}
                }
                """);
        Source flat = Source.model("test.Outer_Inner", """
                @Model(table = "outer_inner_flat")
                public record Outer_Inner(@Id long id) {}
                """);

        Compiled compilation = compile(flat, outer);

        assertOnlyErrors(compilation, "relata:duplicate-dao");
        assertThat(compilation).hadErrorContaining("[relata:duplicate-dao] Models test.Outer.Inner and test.Outer_Inner"
                        + " both get the DAO test.Outer_InnerDao: a nested record's DAO is named after its enclosing types"
                        + " and itself, joined by `_`. Fix: Rename one of the records.")
                .inFile(flat.file()).onLine(flat.line("record Outer_Inner"));
    }

    private static void assertOnlyTheTakenName(Compiled compilation) {
        assertWellReported(compilation);
        assertOnlyErrors(compilation, "relata:dao-name-taken");
        assertWithMessage("the generated types").that(compilation.generatedTypes()).contains("test.NoteDao");
    }
}
