package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.OneToOneConflictException;
import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Multi-table inheritance, the seed's {@code class Like(Page)}: a Like is a row of {@code page}
 * plus a row of {@code like} whose key {@code page_ptr_id} is the page's key.
 */
class InheritanceTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final LikeDao likes = new LikeDao(database.db());
    final BlogData blog = new BlogData(database.db());

    @Test
    void insertWritesThePageRowAndTheLikeRowAndReturnsThePagesGeneratedKey() {
        Profile profile = blog.newProfile("ada");

        Like like = likes.insert(new Like(new Page(0, profile.id(), "home"), 3));

        long key = like.page().id();
        assertNotEquals(0, key);
        assertEquals(new Like(new Page(key, profile.id(), "home"), 3), like);
        assertEquals(1, database.countRows("page"));
        assertEquals(1, database.countRows("like"));
        assertEquals(key, ((Number) database.queryValue("SELECT {page_ptr_id} FROM {like}")).longValue());
    }

    @Test
    void findByIdLoadsTheLikeJoinedWithItsPage() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);

        assertEquals(Optional.of(like), likes.findById(like.page().id()));
    }

    @Test
    void theLikesPageIsAPageLikeAnyOther() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);

        assertEquals(Optional.of(like.page()), pages.findById(like.page().id()));
        assertEquals(List.of(like.page()), pages.findAll());
    }

    @Test
    void findByIdIsEmptyForAPageThatIsNotALike() {
        Page plain = blog.pageOf(blog.newProfile("ada"), "about");

        assertEquals(Optional.empty(), likes.findById(plain.id()));
    }

    @Test
    void findAllLoadsEveryLikeWithItsPageOrderedByKey() {
        Like first = blog.likeOf(blog.newProfile("ada"), "home", 3);
        blog.pageOf(blog.newProfile("bob"), "about");
        Like second = blog.likeOf(blog.newProfile("cy"), "blog", 5);

        assertEquals(List.of(first, second), likes.findAll());
        assertEquals(2, likes.count());
        assertEquals(3, pages.count());
    }

    @Test
    void insertAllWritesPagesAndLikesInOrder() {
        Profile ada = blog.newProfile("ada");
        Profile bob = blog.newProfile("bob");

        List<Like> stored = likes.insertAll(List.of(
                new Like(new Page(0, ada.id(), "home"), 3),
                new Like(new Page(0, bob.id(), "blog"), 5)));

        assertEquals(2, stored.size());
        assertEquals(new Like(new Page(stored.get(0).page().id(), ada.id(), "home"), 3), stored.get(0));
        assertEquals(new Like(new Page(stored.get(1).page().id(), bob.id(), "blog"), 5), stored.get(1));
        assertEquals(stored, likes.findAll());
    }

    @Test
    void aLikeWhosePageCannotBeWrittenLeavesNoRowAnywhere() {
        Profile profile = blog.newProfile("ada");
        Page home = blog.pageOf(profile, "home");

        assertThrows(OneToOneConflictException.class, () -> likes.insert(new Like(new Page(0, profile.id(), "blog"), 3)));

        assertEquals(List.of(home), pages.findAll());
        assertEquals(0, database.countRows("like"));
    }

    @Test
    void insertAllOfLikesIsOneTransactionAcrossBothTables() {
        Profile ada = blog.newProfile("ada");

        assertThrows(OneToOneConflictException.class, () -> likes.insertAll(List.of(
                new Like(new Page(0, ada.id(), "home"), 3),
                new Like(new Page(0, ada.id(), "blog"), 5))));

        assertEquals(0, database.countRows("page"));
        assertEquals(0, database.countRows("like"));
    }

    @Test
    void updateWritesThePageAndTheLike() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);
        Profile bob = blog.newProfile("bob");
        long key = like.page().id();

        Like changed = new Like(new Page(key, bob.id(), "renamed"), 42);
        likes.update(changed);

        assertEquals(Optional.of(changed), likes.findById(key));
        assertEquals(Optional.of(changed.page()), pages.findById(key));
    }

    @Test
    void updateOfALikeThatDoesNotExistThrows() {
        Page plain = blog.pageOf(blog.newProfile("ada"), "about");

        assertThrows(RelataException.class, () -> likes.update(new Like(new Page(plain.id() + 1000, plain.profile(), "x"), 1)));
        assertEquals(0, likes.count());
        assertEquals(List.of(plain), pages.findAll());
    }

    @Test
    void updateOfAPlainPageAsALikeThrowsAndLeavesThePageAsItWas() {
        Page plain = blog.pageOf(blog.newProfile("ada"), "about");

        assertThrows(RelataException.class, () -> likes.update(new Like(new Page(plain.id(), plain.profile(), "renamed"), 1)));

        assertEquals(List.of(plain), pages.findAll());
        assertEquals(0, likes.count());
    }

    @Test
    void deletingALikeDeletesItsPage() {
        Profile profile = blog.newProfile("ada");
        Like like = blog.likeOf(profile, "home", 3);

        assertTrue(likes.delete(like));

        assertEquals(Optional.empty(), likes.findById(like.page().id()));
        assertEquals(Optional.empty(), pages.findById(like.page().id()));
        assertEquals(0, database.countRows("like"));
        assertEquals(0, database.countRows("page"));
        assertEquals(Optional.of(profile), profiles.findById(profile.id()), "the page's profile stays");
    }

    @Test
    void deleteByIdOfALikeDeletesItsPage() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);

        assertTrue(likes.deleteById(like.page().id()));
        assertFalse(likes.deleteById(like.page().id()));

        assertEquals(0, pages.count());
    }

    @Test
    void deleteByIdOfAPlainPageIsNotALikeDelete() {
        Page plain = blog.pageOf(blog.newProfile("ada"), "about");

        assertFalse(likes.deleteById(plain.id()));
        assertEquals(List.of(plain), pages.findAll());
    }

    @Test
    void deletingThePageDeletesItsLike() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);

        assertTrue(pages.deleteById(like.page().id()));

        assertEquals(Optional.empty(), likes.findById(like.page().id()));
        assertEquals(0, database.countRows("like"));
    }

    @Test
    void pageDaoFindsTheLikeOfAPage() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);
        Page plain = blog.pageOf(blog.newProfile("bob"), "about");

        assertEquals(Optional.of(like), pages.like(like.page()));
        assertEquals(Optional.empty(), pages.like(plain));
        assertEquals(Map.of(like.page().id(), like), pages.likeFor(List.of(like.page(), plain)));
    }

    @Test
    void likeDaoOffersThePagesForwardAccessorToTheProfile() {
        Profile profile = blog.newProfile("ada");
        blog.newProfile("bob");
        Like like = blog.likeOf(profile, "home", 3);

        assertEquals(profile, likes.profile(like));
    }
}
