package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Deletion;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Django's {@code delete()} tells how many rows of each model went: {@code deleteCounting} and
 * {@code deleteAllCounting} do, the cascade and the parent rows of a {@code @Parent} child included.
 */
class DeleteCountsTest {
    /** With the chain package, whose SuperLike extends the blog's Like: a counting delete looks for its rows too. */
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.CHAIN);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final LikeDao likes = new LikeDao(database.db());
    final BlogData blog = new BlogData(database.db());

    @Test
    void aCascadeIsCountedModelByModel() {
        User ada = blog.staff("ada");
        blog.likeOf(blog.profileOf(ada), "home", 3);
        blog.newProfile("bob");

        Deletion deleted = users.deleteCounting(ada);

        assertEquals(Map.of("Like", 1, "Page", 1, "Profile", 1, "User", 1), deleted.byModel());
        assertEquals(4, deleted.total());
        assertEquals(1, users.count());
    }

    @Test
    void deletingAChildCountsItsParentRowsToo() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);

        Deletion deleted = likes.deleteAllCounting(List.of(like));

        assertEquals(Map.of("Like", 1, "Page", 1), deleted.byModel());
        assertEquals(1, profiles.count());
    }

    @Test
    void nothingToDeleteCountsNothing() {
        User ada = blog.staff("ada");
        users.delete(ada);

        assertEquals(0, users.deleteCounting(ada).total());
        assertEquals(Map.of(), users.deleteAllCounting(List.of()).byModel());
    }

    @Test
    void aRowNothingLinksToIsCountedAlone() {
        User ada = blog.staff("ada");
        Profile profile = blog.profileOf(ada);

        Deletion deleted = profiles.deleteCounting(profile);

        assertEquals(Map.of("Profile", 1), deleted.byModel());
        assertEquals(1, users.count());
        assertThrows(UnsupportedOperationException.class, () -> deleted.byModel().put("User", 1));
    }
}
