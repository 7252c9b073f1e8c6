package dev.relata.it.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.BlogData;
import dev.relata.it.blog.Like;
import dev.relata.it.blog.Page;
import dev.relata.it.blog.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finders of a third-level child: its own link, its grandparent's link, and three hops from there. */
class ChainFindersTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.CHAIN);

    final BadgeDao badges = new BadgeDao(database.db());
    final SuperLikeDao superLikes = new SuperLikeDao(database.db());
    final SuperLikeFinders finders = superLikes;
    final BlogData blog = new BlogData(database.db());

    private SuperLike superLike(Profile profile, String badge, int likes, String note) {
        return superLikes.insert(new SuperLike(new Like(new Page(0, profile.id(), "home"), likes),
                badges.insert(new Badge(0, badge)).id(), note));
    }

    @Test
    void ownLinkOrGrandparentsLinkOrderedByInheritedAndOwnComponents() {
        SuperLike ada = superLike(blog.newProfile("ada"), "gold", 5, "b");
        SuperLike bob = superLike(blog.newProfile("bob"), "silver", 1, "z");
        SuperLike cy = superLike(blog.newProfile("cy"), "gold", 5, "a");
        superLike(blog.newProfile("dan"), "bronze", 9, "c");

        assertEquals(List.of(bob, cy, ada), finders.ofBadgeOrUser("gold", "bob"));
        assertEquals(List.of(), finders.ofBadgeOrUser("tin", "nobody"));
    }

    @Test
    void threeHopsFromAGrandparentsLink() {
        superLike(blog.newProfile("ada"), "gold", 5, "b");

        assertTrue(finders.anyIn("Lyon", 5));
        assertFalse(finders.anyIn("Lyon", 6));
        assertFalse(finders.anyIn("Paris", 1));
    }
}
