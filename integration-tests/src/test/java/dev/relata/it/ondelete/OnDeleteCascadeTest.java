package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code on_delete=CASCADE}: Django deletes the linking row together with its target. */
class OnDeleteCascadeTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final AuthorDao authors = new AuthorDao(database.db());
    final BiographyDao biographies = new BiographyDao(database.db());

    @Test
    void deletingTheAuthorDeletesItsBiography() {
        Author ada = authors.insert(new Author(0, "Ada"));
        Author bob = authors.insert(new Author(0, "Bob"));
        biographies.insert(new Biography(0, ada.id(), "Countess"));
        Biography bobs = biographies.insert(new Biography(0, bob.id(), "Builder"));

        assertTrue(authors.delete(ada));

        assertEquals(List.of(bob), authors.findAll());
        assertEquals(List.of(bobs), biographies.findAll());
    }

    @Test
    void deletingTheBiographyLeavesItsAuthor() {
        Author ada = authors.insert(new Author(0, "Ada"));
        Biography biography = biographies.insert(new Biography(0, ada.id(), "Countess"));

        assertTrue(biographies.delete(biography));

        assertEquals(List.of(ada), authors.findAll());
    }

    @Test
    void aRawSqlDeleteOfTheAuthorDeletesItsBiographyToo() {
        Author ada = authors.insert(new Author(0, "Ada"));
        biographies.insert(new Biography(0, ada.id(), "Countess"));

        assertEquals(1, database.execute("DELETE FROM {author} WHERE {id} = ?", ada.id()));

        assertEquals(0, biographies.count());
    }
}
