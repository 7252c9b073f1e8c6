package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.relata.processor.Compilations.compile;

import dev.relata.processor.Compilations.Compiled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What existing rows cannot follow is a compile error on the component that causes it; what
 * loses data is a warning; a written version is never written again.
 */
class MigrationDiagnosticsTest {
    @TempDir
    Path folder;

    static final Source AUTHOR_V1 = Source.model("com.example.shop.Author", """
            @Model
            public record Author(@Id long id, String name) {}
            """);
    static final Source BOOK_V1 = Source.model("com.example.shop.Book", """
            @Model
            public record Book(@Id long id, String title, @Column(length = 80) String isbn) {}
            """);

    Compiled compileVersion(String version, Source... sources) {
        return compile(List.of("-Xlint:all", "-Arelata.schemaDir=" + folder.toAbsolutePath(),
                "-Arelata.schemaVersion=" + version), sources);
    }

    void writeVersionOne() {
        Compilations.assertThat(compileVersion("1", AUTHOR_V1, BOOK_V1)).succeededWithoutWarnings();
    }

    List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    @Test
    void aNotNullColumnWithoutDefaultAddedToATableWithRowsIsAnError() throws IOException {
        writeVersionOne();
        Source author = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id long id, String name, int rank) {}
                """);

        Compiled compiled = compileVersion("2", author, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining(
                "[relata:migration-not-null] Author.rank adds the column `author.rank` NOT NULL in schema version 2")
                .inFile(author.file()).onLine(author.line("int rank"));
        Compilations.assertThat(compiled).hadErrorContaining("Fix: Add @Default(\"...\")");
        assertThat(files()).doesNotContain("snapshots/V2.schema");
        assertThat(files().stream().filter(f -> f.contains("V2__")).toList()).isEmpty();
    }

    @Test
    void makingANullableColumnNotNullWithoutDefaultIsAnError() {
        Source nullable = Source.model("com.example.shop.Author", """
                import org.jspecify.annotations.Nullable;

                @Model
                public record Author(@Id long id, @Nullable String name) {}
                """);
        Compilations.assertThat(compileVersion("1", nullable, BOOK_V1)).succeededWithoutWarnings();

        Compiled compiled = compileVersion("2", AUTHOR_V1, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining(
                "[relata:migration-not-null] Author.name makes the column `author.name` NOT NULL in schema version 2")
                .inFile(AUTHOR_V1.file()).onLine(AUTHOR_V1.line("String name"));
    }

    @Test
    void aNotNullOneToOneLinkAddedToATableWithRowsIsAnErrorEvenWithADefault() {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80) String isbn,
                        @OneToOneField(to = Author.class, onDelete = OnDelete.SET_DEFAULT) @Default("1") long author) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, book);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-new-link-not-null] Book.author adds the NOT"
                + " NULL one-to-one link `book.author_id`").inFile(book.file()).onLine(book.line("long author"));
    }

    @Test
    void aNotNullUniqueColumnWithADefaultAddedToATableWithRowsIsAnError() throws IOException {
        writeVersionOne();
        Source author = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id long id, String name, @Column(unique = true) @Default("none") String handle) {}
                """);

        Compiled compiled = compileVersion("2", author, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-new-unique-not-null] Author.handle adds"
                + " the NOT NULL unique column `author.handle` to a table of schema version 1: every row already there"
                + " gets the same @Default(\"none\"), which UNIQUE refuses as soon as `author` holds two rows, so the"
                + " migration only works on a table of at most one row. Fix: Add Author.handle @Nullable in this version")
                .inFile(author.file()).onLine(author.line("String handle"));
        assertThat(files().stream().filter(f -> f.contains("V2__")).toList()).isEmpty();
    }

    @Test
    void aNullableUniqueColumnAddedWarnsNothing() {
        writeVersionOne();
        Source author = Source.model("com.example.shop.Author", """
                import org.jspecify.annotations.Nullable;

                @Model
                public record Author(@Id long id, String name, @Column(unique = true) @Nullable String handle) {}
                """);

        Compilations.assertThat(compileVersion("2", author, BOOK_V1)).succeededWithoutWarnings();
    }

    @Test
    void aColumnMadeUniqueIsAWarningThatSaysToCleanDuplicatesFirst() throws IOException {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80, unique = true) String isbn) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, book);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining("[relata:migration-unique] Book.isbn makes `book.isbn`"
                + " unique in schema version 2: the migration's ADD CONSTRAINT UNIQUE fails if rows already in `book`"
                + " share a value. Fix: Find the duplicates first (SELECT isbn, COUNT(*) FROM book GROUP BY isbn HAVING"
                + " COUNT(*) > 1)").inFile(book.file()).onLine(book.line("String isbn"));
        assertThat(files()).contains("postgresql/V2__alter_book_isbn.sql");
    }

    @Test
    void aNullableUniqueColumnMadeNotNullWithADefaultIsAWarningThatSaysToGiveTheNullsValuesFirst() throws IOException {
        Source nullable = Source.model("com.example.shop.Author", """
                import org.jspecify.annotations.Nullable;

                @Model
                public record Author(@Id long id, String name, @Column(unique = true) @Nullable String handle) {}
                """);
        Compilations.assertThat(compileVersion("1", nullable)).succeededWithoutWarnings();
        Source notNull = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id long id, String name, @Column(unique = true) @Default("none") String handle) {}
                """);

        Compiled compiled = compileVersion("2", notNull);

        // Two rows still NULL both get `none`: the script's UPDATE fails on the UNIQUE constraint.
        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining("[relata:migration-unique-fill] Author.handle makes the"
                + " unique column `author.handle` NOT NULL in schema version 2: the migration writes @Default(\"none\")"
                + " into every row of `author` where it is NULL, and UNIQUE refuses the migration as soon as two rows"
                + " would hold that value. Fix: Give the rows still NULL values of their own before the migration runs"
                + " (SELECT COUNT(*) FROM author WHERE handle IS NULL OR handle = 'none' must be at most 1)")
                .inFile(notNull.file()).onLine(notNull.line("String handle"));
        assertThat(files()).contains("postgresql/V2__alter_author_handle.sql");

        Source suppressed = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id long id, String name,
                        @Column(unique = true) @Default("none") @SuppressWarnings("relata:migration-unique-fill") String handle) {}
                """);
        Compilations.assertThat(compileVersion("2", suppressed)).succeededWithoutWarnings();
    }

    @Test
    void aForeignKeyTurnedOneToOneIsAWarningUnlessSuppressed() {
        Source many = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80) String isbn,
                        @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author) {}
                """);
        Compilations.assertThat(compileVersion("1", AUTHOR_V1, many)).succeededWithoutWarnings();
        Source one = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80) String isbn,
                        @OneToOneField(to = Author.class, onDelete = OnDelete.CASCADE) long author) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, one);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining("[relata:migration-unique] Book.author makes"
                + " `book.author_id` unique in schema version 2").inFile(one.file()).onLine(one.line("long author"));

        Source suppressed = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80) String isbn,
                        @OneToOneField(to = Author.class, onDelete = OnDelete.CASCADE)
                        @SuppressWarnings("relata:migration-unique") long author) {}
                """);
        Compilations.assertThat(compileVersion("2", AUTHOR_V1, suppressed)).succeededWithoutWarnings();
    }

    static final Source PUBLISHER = Source.model("com.example.shop.Publisher", """
            @Model
            public record Publisher(@Id long id, String name) {}
            """);

    @Test
    void aForeignKeyRetargetedIsAWarningUnlessSuppressed() {
        Source toAuthor = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title,
                        @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author) {}
                """);
        Compilations.assertThat(compileVersion("1", AUTHOR_V1, PUBLISHER, toAuthor)).succeededWithoutWarnings();
        Source toPublisher = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title,
                        @ForeignKey(to = Publisher.class, onDelete = OnDelete.CASCADE) @Column(name = "author_id") long publisher) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, PUBLISHER, toPublisher);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining("[relata:migration-foreign-key] Book.publisher makes"
                + " `book.author_id` reference `publisher.id` in schema version 2, with rows already in `book`: the"
                + " migration's ADD CONSTRAINT FOREIGN KEY fails if one holds a value that no `publisher` row has as its"
                + " key").inFile(toPublisher.file()).onLine(toPublisher.line("long publisher"));
        Compilations.assertThat(compiled).hadWarningContaining("Fix: Find those rows first (SELECT * FROM book WHERE"
                + " author_id IS NOT NULL AND author_id NOT IN (SELECT id FROM publisher))");

        Source suppressed = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title,
                        @ForeignKey(to = Publisher.class, onDelete = OnDelete.CASCADE) @Column(name = "author_id")
                        @SuppressWarnings("relata:migration-foreign-key") long publisher) {}
                """);
        Compilations.assertThat(compileVersion("2", AUTHOR_V1, PUBLISHER, suppressed)).succeededWithoutWarnings();
    }

    @Test
    void aColumnTurnedIntoAForeignKeyIsAWarning() throws IOException {
        Source plain = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, long authorKey) {}
                """);
        Compilations.assertThat(compileVersion("1", AUTHOR_V1, plain)).succeededWithoutWarnings();
        Source linked = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title,
                        @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) @Column(renamedFrom = "author_key")
                        long author) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, linked);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining("[relata:migration-foreign-key] Book.author makes"
                + " `book.author_id` reference `author.id` in schema version 2").inFile(linked.file())
                .onLine(linked.line("long author"));
        assertThat(compiled.compilation().warnings().stream()
                .filter(w -> w.getMessage(Locale.ROOT).contains("[relata:")).count()).isEqualTo(1);
        assertThat(files().stream().filter(f -> f.startsWith("postgresql/V2__")).toList()).hasSize(1);
    }

    @Test
    void aForeignKeyAddedWithADefaultIsAWarning() {
        Compilations.assertThat(compileVersion("1", AUTHOR_V1, BOOK_V1)).succeededWithoutWarnings();
        Source withDefault = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80) String isbn,
                        @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) @Default("1") long author) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, withDefault);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining("[relata:migration-foreign-key] Book.author makes"
                + " `book.author_id` reference `author.id` in schema version 2").inFile(withDefault.file())
                .onLine(withDefault.line("long author"));
    }

    @Test
    void aNullableForeignKeyAddedWithoutADefaultWarnsNothing() {
        Compilations.assertThat(compileVersion("1", AUTHOR_V1, BOOK_V1)).succeededWithoutWarnings();
        Source nullable = Source.model("com.example.shop.Book", """
                import org.jspecify.annotations.Nullable;

                @Model
                public record Book(@Id long id, String title, @Column(length = 80) String isbn,
                        @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) @Nullable Long author) {}
                """);
        Compilations.assertThat(compileVersion("2", AUTHOR_V1, nullable)).succeededWithoutWarnings();
    }

    @Test
    void aDroppedColumnIsAWarningOnItsModelThatSuggestsRenamedFrom() throws IOException {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, book);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining(
                "[relata:dropped-column] Schema version 2 drops the column `book.isbn` of Book, and the data in it."
                        + " Fix: If a component was renamed, say so with @Column(renamedFrom = \"isbn\") on it.")
                .inFile(book.file()).onLine(book.line("public record Book"));
        assertThat(files()).contains("postgresql/V2__remove_book_isbn.sql");
    }

    @Test
    void aSuppressedDroppedColumnWarnsNothing() {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                @SuppressWarnings("relata:dropped-column")
                public record Book(@Id long id, String title) {}
                """);

        Compilations.assertThat(compileVersion("2", AUTHOR_V1, book)).succeededWithoutWarnings();
    }

    @Test
    void aDroppedTableIsAWarningNamingItsModel() throws IOException {
        writeVersionOne();

        Compiled compiled = compileVersion("2", AUTHOR_V1);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining(
                "[relata:dropped-table] Schema version 2 drops the table `book` of the model com.example.shop.Book")
                .inFile(AUTHOR_V1.file()).onLine(AUTHOR_V1.line("public record Author"));
        assertThat(files()).contains("h2/V2__delete_book.sql");
    }

    @Test
    void aDroppedTableIsSuppressedOnTheModelOfItsPackageTheWarningIsOn() {
        writeVersionOne();
        Source author = Source.model("com.example.shop.Author", """
                @Model
                @SuppressWarnings("relata:dropped-table")
                public record Author(@Id long id, String name) {}
                """);

        Compilations.assertThat(compileVersion("2", author)).succeededWithoutWarnings();
    }

    @Test
    void aDroppedTableOfAPackageWithNoModelLeftIsAWarningOnTheFirstModel() {
        writeVersionOne();
        Source elsewhere = Source.model("com.example.other.Author", """
                @Model(table = "author")
                public record Author(@Id long id, String name) {}
                """);

        Compiled compiled = compileVersion("2", elsewhere);

        Compilations.assertThat(compiled).succeeded();
        Compilations.assertThat(compiled).hadWarningContaining("[relata:dropped-table] Schema version 2 drops the table"
                + " `book` of the model com.example.shop.Book").inFile(elsewhere.file())
                .onLine(elsewhere.line("public record Author"));
    }

    @Test
    void aRenameSaidWithRenamedFromKeepsTheColumnAndItsData() throws IOException {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80, renamedFrom = "isbn") String code) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, book);

        Compilations.assertThat(compiled).succeededWithoutWarnings();
        assertThat(Files.readString(folder.resolve("postgresql/V2__rename_book_code.sql"), StandardCharsets.UTF_8))
                .endsWith("never edit it.\nALTER TABLE \"book\" RENAME COLUMN \"isbn\" TO \"code\";\n");
        assertThat(Files.readString(folder.resolve("h2/V2__rename_book_code.sql"), StandardCharsets.UTF_8))
                .endsWith("never edit it.\nALTER TABLE \"BOOK\" ALTER COLUMN \"ISBN\" RENAME TO \"CODE\";\n");
    }

    @Test
    void renamedFromAColumnTheTableNeverHadIsAnError() {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80, renamedFrom = "isnb") String code) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, book);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:renamed-from-unknown] @Column(renamedFrom = \"isnb\")"
                + " on Book.code: `book` in schema version 1 has no column `isnb` to rename. Fix: Name the column as"
                + " version 1 has it (one of: id, title, isbn)").inFile(book.file()).onLine(book.line("String code"));
    }

    @Test
    void aByteArrayMadeNotNullIsAnErrorWhoseFixIsToKeepItNullable() {
        Source v1 = Source.model("com.example.shop.Scan", """
                import org.jspecify.annotations.Nullable;

                @Model
                public record Scan(@Id long id, byte @Nullable [] image) {}
                """);
        Compilations.assertThat(compileVersion("1", v1)).succeededWithoutWarnings();
        Source v2 = Source.model("com.example.shop.Scan", """
                @Model
                public record Scan(@Id long id, byte[] image) {}
                """);

        Compiled compiled = compileVersion("2", v2);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-not-null] Scan.image makes the column"
                + " `scan.image` NOT NULL in schema version 2").inFile(v2.file()).onLine(v2.line("byte[] image"));
        Compilations.assertThat(compiled).hadErrorContaining("(a byte[] column takes none), or keep the column nullable"
                + " (a box or an array annotated with @Nullable)");
    }

    @Test
    void aChangedKeyIsAnError() {
        writeVersionOne();
        Source author = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id String id, String name) {}
                """);

        Compiled compiled = compileVersion("2", author, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-key-changed] Author.id changes the key of"
                + " `author` from schema version 1").inFile(author.file()).onLine(author.line("@Id String id"));
    }

    @Test
    void aKeyRenamedWithoutRenamedFromIsAChangedKeyAndTheFixSaysHowToRenameIt() throws IOException {
        writeVersionOne();
        Source author = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id long code, String name) {}
                """);

        Compiled compiled = compileVersion("2", author, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-key-changed] Author.code changes the key"
                + " of `author` from schema version 1 (`id`)").inFile(author.file()).onLine(author.line("long code"));
        Compilations.assertThat(compiled).hadErrorContaining("say a renamed key with @Column(renamedFrom = \"id\")");
        assertThat(files()).doesNotContain("snapshots/V2.schema");
    }

    @Test
    void aKeyRenamedFromAColumnTheTableNeverHadIsReported() {
        writeVersionOne();
        Source author = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id @Column(renamedFrom = "key") long code, String name) {}
                """);

        Compilations.assertThat(compileVersion("2", author, BOOK_V1)).hadErrorContaining("[relata:renamed-from-unknown]")
                .inFile(author.file()).onLine(author.line("long code"));
    }

    @Test
    void aKeyOfAnotherTypeIsAnErrorEvenAWiderOne() throws IOException {
        Source author = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id int id, String name) {}
                """);
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) int author) {}
                """);
        Compilations.assertThat(compileVersion("1", author, book)).succeededWithoutWarnings();
        Source wider = Source.model("com.example.shop.Author", """
                @Model
                public record Author(@Id long id, String name) {}
                """);
        Source widerLink = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author) {}
                """);

        Compiled compiled = compileVersion("2", wider, widerLink);

        // MariaDB's MODIFY COLUMN of a key repeats PRIMARY KEY and fails, and the links to it block the change.
        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-key-changed] Author.id changes the key of"
                + " `author` from schema version 1 (`id`)").inFile(wider.file()).onLine(wider.line("@Id long id"));
        assertThat(files()).doesNotContain("snapshots/V2.schema");
    }

    @Test
    void aModelThatGainsAParentChangesItsKeyWhichIsAnError() {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Parent Author author, String title, @Column(length = 80) String isbn) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, book);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-key-changed] Book.author changes the key"
                + " of `book` from schema version 1 (`id`)").inFile(book.file()).onLine(book.line("@Parent Author author"));
    }

    @Test
    void aShorterOrOtherTypeIsAWarning() {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 20) String isbn) {}
                """);

        Compiled compiled = compileVersion("2", AUTHOR_V1, book);

        Compilations.assertThat(compiled).hadWarningContaining("[relata:migration-type-change] Book.isbn changes"
                + " `book.isbn` from STRING(80) to STRING(20) in schema version 2").inFile(book.file())
                .onLine(book.line("String isbn"));
    }

    /**
     * A compilation of some of the models: Cover is compiled, Author (which it links to) comes from the
     * previous build's classes. Its table is not dropped: that is an error on the link.
     */
    @Test
    void aPartialCompilationDoesNotDropATableThatAModelLinksTo(@TempDir Path classes) throws IOException {
        Source cover = Source.model("com.example.shop.Cover", """
                @Model
                public record Cover(@Id long id, @OneToOneField(to = Author.class, onDelete = OnDelete.CASCADE) long author) {}
                """);
        Compilations.assertThat(compileVersion("1", AUTHOR_V1, cover)).succeededWithoutWarnings();
        Path jar = Compilations.compileLibrary(classes.resolve("previous.jar"), AUTHOR_V1);

        Compiled compiled = Compilations.compileAgainst(jar, List.of("-Xlint:all", "-Arelata.schemaDir="
                + folder.toAbsolutePath(), "-Arelata.schemaVersion=2"), cover);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:migration-drops-linked-table] Cover.author links to"
                + " the table `author`, but its model com.example.shop.Author is not among the models compiled: schema"
                + " version 2 would drop a table that a foreign key still needs.").inFile(cover.file())
                .onLine(cover.line("long author"));
        assertThat(files()).doesNotContain("h2/V2__drop_author.sql");
        assertThat(files().stream().filter(f -> f.contains("V2")).toList()).isEmpty();
    }

    /** A wider type (int to long, float to double) or a longer string cannot fail: no warning. */
    @Test
    void aWiderTypeIsNoWarning() {
        Source counts = Source.model("com.example.shop.Counts", """
                @Model
                public record Counts(@Id long id, int copies, float rating, @Column(length = 80) String label) {}
                """);
        Compilations.assertThat(compileVersion("1", counts)).succeededWithoutWarnings();
        Source wider = Source.model("com.example.shop.Counts", """
                @Model
                public record Counts(@Id long id, long copies, double rating, @Column(length = 120) String label) {}
                """);

        Compilations.assertThat(compileVersion("2", wider)).succeededWithoutWarnings();
    }

    /** A narrower one can: long to int is a warning. */
    @Test
    void aNarrowerNumberTypeIsAWarning() {
        Source counts = Source.model("com.example.shop.Counts", "@Model\npublic record Counts(@Id long id, long copies) {}\n");
        Compilations.assertThat(compileVersion("1", counts)).succeededWithoutWarnings();
        Source narrower = Source.model("com.example.shop.Counts", "@Model\npublic record Counts(@Id long id, int copies) {}\n");

        Compilations.assertThat(compileVersion("2", narrower)).hadWarningContaining("[relata:migration-type-change]"
                + " Counts.copies changes `counts.copies` from LONG to INT in schema version 2");
    }

    @Test
    void changingModelsOfAWrittenVersionIsAnErrorThatSaysToBumpTheVersion() throws IOException {
        writeVersionOne();
        String snapshot = Files.readString(folder.resolve("snapshots/V1.schema"));
        Source author = Source.model("com.example.shop.Author", """
                import org.jspecify.annotations.Nullable;

                @Model
                public record Author(@Id long id, String name, @Nullable String bio) {}
                """);

        Compiled compiled = compileVersion("1", author, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:released-version-changed] The models no longer match"
                + " schema version 1, which is written already (").inFile(author.file())
                .onLine(author.line("public record Author"));
        Compilations.assertThat(compiled).hadErrorContaining("): new column `author.bio`.");
        Compilations.assertThat(compiled).hadErrorContaining("Fix: Set relata.schemaVersion to 2: the change then becomes"
                + " the migration V2.");
        assertThat(Files.readString(folder.resolve("snapshots/V1.schema"))).isEqualTo(snapshot);
        assertThat(files()).hasSize(4);
    }

    @Test
    void aVersionOlderThanTheNewestWrittenIsAnError() {
        writeVersionOne();
        Compilations.assertThat(compileVersion("2", AUTHOR_V1, Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 90) String isbn) {}
                """))).succeededWithoutWarnings();

        Compiled compiled = compileVersion("1", AUTHOR_V1, Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 70) String isbn) {}
                """));

        Compilations.assertThat(compiled).hadErrorContaining("[relata:released-version-changed] The models no longer match"
                + " schema version 1");
        Compilations.assertThat(compiled).hadErrorContaining("Set relata.schemaVersion to 3");
    }

    /**
     * The version set back to a written one while the models are those of a later written version:
     * the fix is the later version, not a new version of no change.
     */
    @Test
    void aVersionSetBackWhileTheModelsAreALaterOnesSaysWhichVersionTheyAre() {
        writeVersionOne();
        Source book = Source.model("com.example.shop.Book", """
                @Model
                public record Book(@Id long id, String title, @Column(length = 80) String isbn, @Default("0") int pages) {}
                """);
        Compilations.assertThat(compileVersion("2", AUTHOR_V1, book)).succeededWithoutWarnings();

        Compiled compiled = compileVersion("1", AUTHOR_V1, book);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:schema-folder]");
        Compilations.assertThat(compiled).hadErrorContaining("relata.schemaVersion is 1, but the models are those of"
                + " version 2, written already. Fix: Set relata.schemaVersion to 2");
        Compilations.assertThat(compiled).hadErrorCount(1);
    }

    @Test
    void aVersionBelowTheNewestWithoutASnapshotIsAnError() {
        writeVersionOne();
        Compilations.assertThat(compileVersion("3", AUTHOR_V1, BOOK_V1)).succeededWithoutWarnings();

        Compiled compiled = compileVersion("2", AUTHOR_V1, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining("[relata:schema-folder]");
        Compilations.assertThat(compiled).hadErrorContaining("relata.schemaVersion is 2, but the folder holds version 3");
    }

    @Test
    void aRelativeSchemaDirOrABadVersionIsAnError() {
        Compiled relative = compile(List.of("-Arelata.schemaDir=db/migration"), AUTHOR_V1);
        Compilations.assertThat(relative).hadErrorContaining("[relata:schema-folder] Relata cannot keep the schema in"
                + " db/migration: relata.schemaDir is not an absolute path");

        Compiled badVersion = compileVersion("two", AUTHOR_V1);
        Compilations.assertThat(badVersion).hadErrorContaining("relata.schemaVersion is `two`, not a version number");
    }

    @Test
    void aSnapshotThatDoesNotReadIsAnError() throws IOException {
        writeVersionOne();
        Files.writeString(folder.resolve("snapshots/V1.schema"), "# Relata schema, version 1.\ntable author\n");

        Compiled compiled = compileVersion("2", AUTHOR_V1, BOOK_V1);

        Compilations.assertThat(compiled).hadErrorContaining("does not read, line 2: expected `table <name> model <record>`");
    }

    @Test
    void theOptionsAreDeclaredSoJavacDoesNotWarnAboutThem() {
        Compiled compiled = compileVersion("1", AUTHOR_V1, BOOK_V1);

        for (Diagnostic<?> d : compiled.diagnostics()) {
            assertThat(d.getMessage(Locale.ROOT)).doesNotContain("not recognized");
        }
        Compilations.assertThat(compiled).succeededWithoutWarnings();
    }
}
