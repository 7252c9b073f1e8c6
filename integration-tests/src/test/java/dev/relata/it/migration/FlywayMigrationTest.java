package dev.relata.it.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.IntegrityException;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
import dev.relata.it.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scripts the processor wrote into {@code src/migration/schema} for ten versions of one model
 * set (packages {@code v1} to {@code v10}), run by Flyway on the selected database: each
 * version's rows survive the next migration, the next version's DAOs read and write them, its
 * rules hold, and {@code RelataSchema.validate} fails before a migration and passes after it.
 */
class FlywayMigrationTest {
    /** The schema folder, as the build passes it to the processor (surefire runs in the module's folder). */
    static final Path SCHEMA_DIR = Path.of("src", "migration", "schema").toAbsolutePath();

    @RegisterExtension
    final TestDatabase database = TestDatabase.with();

    Flyway flyway(String target) {
        Path scripts = SCHEMA_DIR.resolve(database.dialect().name().toLowerCase(Locale.ROOT));
        assertTrue(Files.isDirectory(scripts), () -> "no scripts at " + scripts);
        return Flyway.configure().dataSource(database.dataSource()).locations("filesystem:" + scripts)
                .target(target).cleanDisabled(true).load();
    }

    @Test
    void migratesFromVersionOneToThreeKeepingTheRowsOfEachVersion() {
        Database db = database.db();

        // Version 1: created by V1, which validate checks; version 2's models do not match it yet.
        assertEquals(1, flyway("1").migrate().migrationsExecuted);
        dev.relata.it.migration.v1.RelataSchema.validate(db);
        RelataException notMigrated = assertThrows(RelataException.class,
                () -> dev.relata.it.migration.v2.RelataSchema.validate(db));
        assertTrue(notMigrated.getMessage().contains("table `review` is missing"), notMigrated::getMessage);
        assertTrue(notMigrated.getMessage().contains("column `author.bio` is missing"), notMigrated::getMessage);
        assertTrue(notMigrated.getMessage().contains("column `author.rank` is missing"), notMigrated::getMessage);

        var authors1 = new dev.relata.it.migration.v1.AuthorDao(db);
        var books1 = new dev.relata.it.migration.v1.BookDao(db);
        var ada = authors1.insert(new dev.relata.it.migration.v1.Author(0, "Ada", "ada@example.com"));
        var bob = authors1.insert(new dev.relata.it.migration.v1.Author(0, "Bob", "bob@example.com"));
        var notes = books1.insert(new dev.relata.it.migration.v1.Book(0, ada.id(), "Notes", "978-0"));
        assertThrows(ProtectedException.class, () -> authors1.deleteById(ada.id()));

        // Version 2: a new table, a nullable column and one with a default on rows that exist.
        assertEquals(1, flyway("2").migrate().migrationsExecuted);
        dev.relata.it.migration.v2.RelataSchema.validate(db);
        var authors2 = new dev.relata.it.migration.v2.AuthorDao(db);
        var books2 = new dev.relata.it.migration.v2.BookDao(db);
        var reviews2 = new dev.relata.it.migration.v2.ReviewDao(db);
        assertEquals(List.of(new dev.relata.it.migration.v2.Author(ada.id(), "Ada", "ada@example.com", null, 3),
                new dev.relata.it.migration.v2.Author(bob.id(), "Bob", "bob@example.com", null, 3)), authors2.findAll());
        var book2 = books2.findById(notes.id()).orElseThrow();
        assertEquals("978-0", book2.isbn());
        var review = reviews2.insert(new dev.relata.it.migration.v2.Review(0, notes.id(), "Clear."));
        assertEquals(Optional.of(review), books2.review(book2));
        authors2.update(new dev.relata.it.migration.v2.Author(bob.id(), "Bob", "bob@example.com", "Writes.", 5));
        assertThrows(ProtectedException.class, () -> authors2.deleteById(ada.id()));
        assertThrows(RelataException.class, () -> dev.relata.it.migration.v3.RelataSchema.validate(db));

        // Version 3: a renamed column, a dropped one, a changed onDelete rule, a new link and a new child model.
        assertEquals(1, flyway("3").migrate().migrationsExecuted);
        dev.relata.it.migration.v3.RelataSchema.validate(db);
        var authors3 = new dev.relata.it.migration.v3.AuthorDao(db);
        var books3 = new dev.relata.it.migration.v3.BookDao(db);
        var reviews3 = new dev.relata.it.migration.v3.ReviewDao(db);
        var ebooks3 = new dev.relata.it.migration.v3.EbookDao(db);
        assertEquals(new dev.relata.it.migration.v3.Author(ada.id(), "Ada", "ada@example.com", null, 3),
                authors3.findById(ada.id()).orElseThrow());
        assertEquals(new dev.relata.it.migration.v3.Author(bob.id(), "Bob", "bob@example.com", "Writes.", 5),
                authors3.findById(bob.id()).orElseThrow());
        assertEquals(new dev.relata.it.migration.v3.Book(notes.id(), ada.id(), "Notes"), books3.findById(notes.id()).orElseThrow());
        assertEquals(new dev.relata.it.migration.v3.Review(review.id(), notes.id(), "Clear.", null),
                reviews3.findById(review.id()).orElseThrow());

        // An e-book is a book: inserting it inserts its book row too.
        var ebook = ebooks3.insert(new dev.relata.it.migration.v3.Ebook(
                new dev.relata.it.migration.v3.Book(0, bob.id(), "Letters"), "pdf"));
        assertEquals(Optional.of(ebook), ebooks3.findById(ebook.book().id()));
        assertEquals(2, books3.count());
        reviews3.update(new dev.relata.it.migration.v3.Review(review.id(), notes.id(), "Clear.", bob.id()));
        assertEquals(bob.id(), reviews3.findById(review.id()).orElseThrow().reviewer());

        // PROTECT became CASCADE: deleting Ada now deletes her book, and its review with it.
        assertTrue(authors3.deleteById(ada.id()));
        assertFalse(books3.findById(notes.id()).isPresent());
        assertFalse(reviews3.findById(review.id()).isPresent());
        // SET_NULL on the new link: deleting Bob deletes his book and its e-book (CASCADE).
        assertTrue(authors3.deleteById(bob.id()));
        assertEquals(0, ebooks3.count());
        assertEquals(0, books3.count());

        for (MigrationInfo applied : flyway("3").info().applied()) {
            assertEquals(MigrationState.SUCCESS, applied.getState(), applied::getScript);
        }
        assertEquals(3, flyway("3").info().applied().length);
        assertEquals(2, flyway("5").info().pending().length);
        dev.relata.it.migration.v3.RelataSchema.validate(db);
    }

    @Test
    void versionFourChangesColumnsInPlaceFillsTheNullsOfAColumnThatBecomesNotNullAndDropsALink() {
        Database db = database.db();
        flyway("3").migrate();
        var authors3 = new dev.relata.it.migration.v3.AuthorDao(db);
        var ada = authors3.insert(new dev.relata.it.migration.v3.Author(0, "Ada", "ada@example.com", null, 3));
        var bob = authors3.insert(new dev.relata.it.migration.v3.Author(0, "Bob", "bob@example.com", "Writes.", 5));
        var book = new dev.relata.it.migration.v3.BookDao(db).insert(new dev.relata.it.migration.v3.Book(0, ada.id(), "Notes"));
        var review = new dev.relata.it.migration.v3.ReviewDao(db).insert(
                new dev.relata.it.migration.v3.Review(0, book.id(), "Clear.", bob.id()));
        RelataException notMigrated = assertThrows(RelataException.class,
                () -> dev.relata.it.migration.v4.RelataSchema.validate(db));
        assertTrue(notMigrated.getMessage().contains("column `author.name` holds 255 characters, but the model says 400"),
                notMigrated::getMessage);
        assertTrue(notMigrated.getMessage().contains("column `author.bio` accepts NULL, but the model says NOT NULL"),
                notMigrated::getMessage);

        assertEquals(1, flyway("4").migrate().migrationsExecuted);

        dev.relata.it.migration.v4.RelataSchema.validate(db);
        var authors4 = new dev.relata.it.migration.v4.AuthorDao(db);
        assertEquals(List.of(new dev.relata.it.migration.v4.Author(ada.id(), "Ada", "ada@example.com", "(none)", 3),
                new dev.relata.it.migration.v4.Author(bob.id(), "Bob", "bob@example.com", "Writes.", 5)), authors4.findAll());
        // The reviewer link is gone, its UNIQUE constraint and foreign key with it: Bob can go, the review stays.
        var reviews4 = new dev.relata.it.migration.v4.ReviewDao(db);
        assertEquals(new dev.relata.it.migration.v4.Review(review.id(), book.id(), "Clear."),
                reviews4.findById(review.id()).orElseThrow());
        String longName = "A".repeat(400);
        var long4 = authors4.insert(new dev.relata.it.migration.v4.Author(0, longName, "a@example.com", "Long.", 2));
        assertEquals(longName, authors4.findById(long4.id()).orElseThrow().name());
        // The new default applies to rows written without the column.
        database.execute("INSERT INTO {author} ({name}, {contact}) VALUES (?, ?)", "Cy", "cy@example.com");
        var cy = authors4.findAll().get(3);
        assertEquals("(none)", cy.bio());
        assertEquals(1, cy.rank());
        assertTrue(authors4.deleteById(bob.id()));
        assertEquals(1, reviews4.count());
    }

    @Test
    void versionFiveDropsATableThatLinksToAnotherAndTheRestStays() {
        Database db = database.db();
        flyway("4").migrate();
        var author = new dev.relata.it.migration.v4.AuthorDao(db).insert(
                new dev.relata.it.migration.v4.Author(0, "Ada", "ada@example.com", "Notes.", 1));
        var book = new dev.relata.it.migration.v4.BookDao(db).insert(new dev.relata.it.migration.v4.Book(0, author.id(), "Notes"));
        new dev.relata.it.migration.v4.ReviewDao(db).insert(new dev.relata.it.migration.v4.Review(0, book.id(), "Clear."));

        assertEquals(1, flyway("5").migrate().migrationsExecuted);

        dev.relata.it.migration.v5.RelataSchema.validate(db);
        RelataException gone = assertThrows(RelataException.class, () -> dev.relata.it.migration.v4.RelataSchema.validate(db));
        assertTrue(gone.getMessage().contains("table `review` is missing"), gone::getMessage);
        var books = new dev.relata.it.migration.v5.BookDao(db);
        assertEquals(List.of(new dev.relata.it.migration.v5.Book(book.id(), author.id(), "Notes")), books.findAll());
        assertTrue(new dev.relata.it.migration.v5.AuthorDao(db).deleteById(author.id()));
        assertEquals(0, books.count());
    }

    @Test
    void versionSixTurnsAOneToOneIntoAForeignKeyAndAddsAUniqueColumnAndATableOfManyPerRow() {
        Database db = database.db();
        flyway("5").migrate();
        var ada5 = new dev.relata.it.migration.v5.AuthorDao(db).insert(
                new dev.relata.it.migration.v5.Author(0, "Ada", "ada@example.com", "Notes.", 1));
        var notes5 = new dev.relata.it.migration.v5.BookDao(db).insert(
                new dev.relata.it.migration.v5.Book(0, ada5.id(), "Notes"));

        assertEquals(1, flyway("6").migrate().migrationsExecuted);

        dev.relata.it.migration.v6.RelataSchema.validate(db);
        var authors = new dev.relata.it.migration.v6.AuthorDao(db);
        var books = new dev.relata.it.migration.v6.BookDao(db);
        var chapters = new dev.relata.it.migration.v6.ChapterDao(db);
        var ada = authors.findById(ada5.id()).orElseThrow();
        var notes = books.findById(notes5.id()).orElseThrow();
        var sketch = books.insert(new dev.relata.it.migration.v6.Book(0, ada.id(), "Sketch"));
        assertEquals(List.of(notes, sketch), authors.bookList(ada));
        assertThrows(IntegrityException.class, () -> books.insert(new dev.relata.it.migration.v6.Book(0, ada.id(), "Notes")));
        chapters.insert(new dev.relata.it.migration.v6.Chapter(0, notes.id(), "One"));
        chapters.insert(new dev.relata.it.migration.v6.Chapter(0, notes.id(), "Two"));
        assertEquals(2, books.chapterList(notes).size());

        assertTrue(authors.delete(ada));
        assertEquals(0, books.count());
        assertEquals(0, chapters.count());
    }

    @Test
    void versionSevenTurnsAnIntegerColumnIntoABooleanOneAndATitleIntoTextLongerThanAVarcharOnMariaDb() {
        Database db = database.db();
        flyway("6").migrate();
        var authors6 = new dev.relata.it.migration.v6.AuthorDao(db);
        var ada = authors6.insert(new dev.relata.it.migration.v6.Author(0, "Ada", "ada@example.com", "Notes.", 0));
        var bob = authors6.insert(new dev.relata.it.migration.v6.Author(0, "Bob", "bob@example.com", "Letters.", 3));
        var notes = new dev.relata.it.migration.v6.BookDao(db).insert(new dev.relata.it.migration.v6.Book(0, ada.id(), "Notes"));
        var one = new dev.relata.it.migration.v6.ChapterDao(db).insert(new dev.relata.it.migration.v6.Chapter(0, notes.id(), "One"));
        RelataException notMigrated = assertThrows(RelataException.class,
                () -> dev.relata.it.migration.v7.RelataSchema.validate(db));
        assertTrue(notMigrated.getMessage().contains("column `author.featured` is missing"), notMigrated::getMessage);

        assertEquals(1, flyway("7").migrate().migrationsExecuted);

        dev.relata.it.migration.v7.RelataSchema.validate(db);
        var authors = new dev.relata.it.migration.v7.AuthorDao(db);
        assertEquals(List.of(new dev.relata.it.migration.v7.Author(ada.id(), "Ada", "ada@example.com", "Notes.", false),
                new dev.relata.it.migration.v7.Author(bob.id(), "Bob", "bob@example.com", "Letters.", true)), authors.findAll());
        // The column's default is the new one, of the new type.
        database.execute("INSERT INTO {author} ({name}, {contact}) VALUES (?, ?)", "Cy", "cy@example.com");
        assertTrue(authors.findAll().get(2).featured());
        var chapters = new dev.relata.it.migration.v7.ChapterDao(db);
        assertEquals("One", chapters.findById(one.id()).orElseThrow().title());
        String longTitle = "\u00e9".repeat(20_000);
        var long7 = chapters.insert(new dev.relata.it.migration.v7.Chapter(0, notes.id(), longTitle));
        assertEquals(longTitle, chapters.findById(long7.id()).orElseThrow().title());
    }

    @Test
    void versionEightRenamesKeysThatOtherTablesLinkToAndAColumnIntoTheNameOfOneItDrops() {
        Database db = database.db();
        flyway("7").migrate();
        var ada = new dev.relata.it.migration.v7.AuthorDao(db)
                .insert(new dev.relata.it.migration.v7.Author(0, "Ada", "ada@example.com", "Notes.", false));
        var notes = new dev.relata.it.migration.v7.BookDao(db).insert(new dev.relata.it.migration.v7.Book(0, ada.id(), "Notes"));
        var one = new dev.relata.it.migration.v7.ChapterDao(db)
                .insert(new dev.relata.it.migration.v7.Chapter(0, notes.id(), "One"));
        var letters = new dev.relata.it.migration.v7.EbookDao(db).insert(new dev.relata.it.migration.v7.Ebook(
                new dev.relata.it.migration.v7.Book(0, ada.id(), "Letters"), "pdf"));

        assertEquals(1, flyway("8").migrate().migrationsExecuted);

        dev.relata.it.migration.v8.RelataSchema.validate(db);
        var authors = new dev.relata.it.migration.v8.AuthorDao(db);
        var books = new dev.relata.it.migration.v8.BookDao(db);
        var chapters = new dev.relata.it.migration.v8.ChapterDao(db);
        var ebooks = new dev.relata.it.migration.v8.EbookDao(db);
        // The keys keep their values under their new names; `contact` holds what `bio` held.
        var ada8 = new dev.relata.it.migration.v8.Author(ada.id(), "Ada", "Notes.", false);
        assertEquals(List.of(ada8), authors.findAll());
        var notes8 = books.findById(notes.id()).orElseThrow();
        assertEquals(new dev.relata.it.migration.v8.Book(notes.id(), ada.id(), "Notes"), notes8);
        assertEquals(ada8, books.author(notes8));
        assertEquals(notes8, chapters.book(chapters.findById(one.id()).orElseThrow()));
        var letters8 = ebooks.findById(letters.book().id()).orElseThrow();
        assertEquals("pdf", letters8.format());
        assertEquals(Optional.of(letters8), books.ebook(letters8.book()));
        assertEquals(2, authors.bookList(ada8).size());

        // The foreign keys follow the renamed keys: they refuse a missing book and cascade as before.
        var bob = authors.insert(new dev.relata.it.migration.v8.Author(0, "Bob", "bob@example.com", true));
        assertTrue(bob.code() > ada.id(), "the key's sequence goes on under its new name");
        long missing = letters.book().id() + 1_000;
        assertThrows(IntegrityException.class,
                () -> chapters.insert(new dev.relata.it.migration.v8.Chapter(0, missing, "Lost")));
        assertTrue(authors.delete(ada8));
        assertEquals(List.of(), books.findAll());
        assertEquals(0, chapters.count());
        assertEquals(0, ebooks.count());
        assertEquals(List.of(bob), authors.findAll());
    }

    @Test
    void versionTenConvertsTypesPostgreSqlHasNoCastForAsH2AndMariaDbDo() {
        Database db = database.db();
        flyway("9").migrate();
        var ada = new dev.relata.it.migration.v9.AuthorDao(db)
                .insert(new dev.relata.it.migration.v9.Author(0, "Ada", "ada@example.com", true));
        var notes = new dev.relata.it.migration.v9.BookDao(db).insert(new dev.relata.it.migration.v9.Book(0, ada.code(), "Notes"));
        var chapters9 = new dev.relata.it.migration.v9.ChapterDao(db);
        var one = chapters9.insert(new dev.relata.it.migration.v9.Chapter(0, notes.number(), "One", (short) 0, ' ',
                "ab".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var two = chapters9.insert(new dev.relata.it.migration.v9.Chapter(0, notes.number(), "Two", (short) 3, 'B', null));

        assertEquals(1, flyway("10").migrate().migrationsExecuted);

        dev.relata.it.migration.v10.RelataSchema.validate(db);
        var chapters = new dev.relata.it.migration.v10.ChapterDao(db);
        assertEquals(List.of(new dev.relata.it.migration.v10.Chapter(one.id(), notes.number(), "One", false, " ", "ab"),
                new dev.relata.it.migration.v10.Chapter(two.id(), notes.number(), "Two", true, "B", null)), chapters.findAll());
        // The columns' defaults are the new ones, of the new types.
        database.execute("INSERT INTO {chapter} ({book_id}, {title}) VALUES (?, ?)", notes.number(), "Three");
        var three = chapters.findAll().get(2);
        assertFalse(three.level());
        assertEquals("A", three.grade());
    }

    @Test
    void theReviewerLinkAddedInVersionThreeSetsNullWhenItsAuthorGoes() {
        Database db = database.db();
        flyway("3").migrate();

        var authors = new dev.relata.it.migration.v3.AuthorDao(db);
        var books = new dev.relata.it.migration.v3.BookDao(db);
        var reviews = new dev.relata.it.migration.v3.ReviewDao(db);
        var ada = authors.insert(new dev.relata.it.migration.v3.Author(0, "Ada", "ada@example.com", null, 3));
        var bob = authors.insert(new dev.relata.it.migration.v3.Author(0, "Bob", "bob@example.com", null, 3));
        var book = books.insert(new dev.relata.it.migration.v3.Book(0, ada.id(), "Notes"));
        var review = reviews.insert(new dev.relata.it.migration.v3.Review(0, book.id(), "Clear.", bob.id()));

        assertTrue(authors.deleteById(bob.id()));

        assertEquals(new dev.relata.it.migration.v3.Review(review.id(), book.id(), "Clear.", null),
                reviews.findById(review.id()).orElseThrow());
        assertEquals(1, books.count());
    }

    @Test
    void theSchemaOfVersionOneFromItsScriptIsTheOneRelataSchemaCreates() {
        flyway("1").migrate();
        dev.relata.it.migration.v1.RelataSchema.validate(database.db());

        TestDatabase created = TestDatabase.with();
        try {
            dev.relata.it.migration.v1.RelataSchema.create(created.db());
            dev.relata.it.migration.v1.RelataSchema.validate(created.db());
        } finally {
            created.close();
        }
    }
}
