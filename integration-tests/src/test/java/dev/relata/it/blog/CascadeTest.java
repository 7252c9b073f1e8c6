package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's CASCADE chain: "If User is deleted, Profile is deleted", and with it the profile's
 * page and that page's like.
 */
class CascadeTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final LikeDao likes = new LikeDao(database.db());
    final BlogData blog = new BlogData(database.db());

    @Test
    void deletingAUserDeletesItsProfilePageAndLike() {
        User ada = blog.staff("ada");
        blog.likeOf(blog.profileOf(ada), "home", 3);
        Profile bobs = blog.newProfile("bob");
        Page bobsPage = blog.pageOf(bobs, "about");

        assertTrue(users.delete(ada));

        assertEquals(List.of(bobs), profiles.findAll());
        assertEquals(List.of(bobsPage), pages.findAll());
        assertEquals(0, likes.count());
    }

    @Test
    void deletingAProfileDeletesItsPageButNotItsUser() {
        User ada = blog.staff("ada");
        Profile profile = blog.profileOf(ada);
        blog.pageOf(profile, "home");

        assertTrue(profiles.delete(profile));

        assertEquals(0, pages.count());
        assertEquals(List.of(ada), users.findAll());
    }

    @Test
    void aRawSqlDeleteOfAUserCascadesThroughTheDatabasesForeignKeys() {
        User ada = blog.staff("ada");
        blog.likeOf(blog.profileOf(ada), "home", 3);

        assertEquals(1, database.execute("DELETE FROM {user} WHERE {id} = ?", ada.id()));

        assertEquals(0, database.countRows("profile"));
        assertEquals(0, database.countRows("page"));
        assertEquals(0, database.countRows("like"));
    }
}
