package dev.relata.it.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.OneToOneConflictException;
import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.BlogData;
import dev.relata.it.blog.Like;
import dev.relata.it.blog.LikeDao;
import dev.relata.it.blog.Page;
import dev.relata.it.blog.PageDao;
import dev.relata.it.blog.Profile;
import dev.relata.it.blog.ProfileDao;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code SuperLike(@Parent Like like, ...)} where {@code Like(@Parent Page page, ...)}: one
 * SuperLike is a row in each of {@code page}, {@code like} and {@code super_like}, all with the
 * page's key.
 */
class ThreeLevelInheritanceTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.CHAIN);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final LikeDao likes = new LikeDao(database.db());
    final BadgeDao badges = new BadgeDao(database.db());
    final SuperLikeDao superLikes = new SuperLikeDao(database.db());
    final BlogData blog = new BlogData(database.db());

    private static SuperLike unsaved(Profile profile, Badge badge) {
        return new SuperLike(new Like(new Page(0, profile.id(), "home"), 5), badge.id(), "gold");
    }

    private SuperLike newSuperLike(String username, Badge badge) {
        return superLikes.insert(unsaved(blog.newProfile(username), badge));
    }

    private Badge newBadge(String title) {
        return badges.insert(new Badge(0, title));
    }

    private static long keyOf(SuperLike superLike) {
        return superLike.like().page().id();
    }

    private void assertRows(long pageRows, long likeRows, long superLikeRows) {
        assertEquals(List.of(pageRows, likeRows, superLikeRows),
                List.of(database.countRows("page"), database.countRows("like"), database.countRows("super_like")),
                "rows in page, like, super_like");
    }

    @Test
    void insertWritesARowInEachTableAndReturnsThePagesGeneratedKey() {
        Profile profile = blog.newProfile("ada");
        Badge badge = newBadge("gold");

        SuperLike stored = superLikes.insert(unsaved(profile, badge));

        long key = keyOf(stored);
        assertNotEquals(0, key);
        assertEquals(new SuperLike(new Like(new Page(key, profile.id(), "home"), 5), badge.id(), "gold"), stored);
        assertRows(1, 1, 1);
        assertEquals(key, ((Number) database.queryValue("SELECT {like_ptr_id} FROM {super_like}")).longValue());
    }

    @Test
    void findByIdLoadsAllThreeLevels() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));

        assertEquals(Optional.of(stored), superLikes.findById(keyOf(stored)));
        assertEquals(List.of(stored), superLikes.findAll());
    }

    @Test
    void theSuperLikeIsALikeAndAPageToo() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));

        assertEquals(Optional.of(stored.like()), likes.findById(keyOf(stored)));
        assertEquals(Optional.of(stored.like().page()), pages.findById(keyOf(stored)));
    }

    @Test
    void likeDaoFindsTheSuperLikeOfALike() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));
        Like plain = blog.likeOf(blog.newProfile("bob"), "blog", 1);

        assertEquals(Optional.of(stored), likes.superLike(stored.like()));
        assertEquals(Optional.empty(), likes.superLike(plain));
        assertEquals(Optional.of(stored), badges.superLike(badges.findById(stored.badge()).orElseThrow()));
    }

    @Test
    void forwardAccessorsReachTheLinksOfEveryLevel() {
        Profile profile = blog.newProfile("ada");
        Badge badge = newBadge("gold");
        SuperLike stored = superLikes.insert(unsaved(profile, badge));

        assertEquals(badge, superLikes.badge(stored));
        assertEquals(profile, superLikes.profile(stored));
    }

    @Test
    void updateWritesAllThreeTables() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));
        Profile bob = blog.newProfile("bob");
        Badge silver = newBadge("silver");
        long key = keyOf(stored);

        SuperLike changed = new SuperLike(new Like(new Page(key, bob.id(), "renamed"), 9), silver.id(), "silver");
        superLikes.update(changed);

        assertEquals(Optional.of(changed), superLikes.findById(key));
        assertEquals(Optional.of(changed.like()), likes.findById(key));
        assertEquals(Optional.of(changed.like().page()), pages.findById(key));
    }

    /** A key with no row at any level: the message names the model updated, not the root, Page. */
    @Test
    void updatingAKeyWithNoRowAtAllNamesTheModelUpdated() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));
        long missing = keyOf(stored) + 1_000;
        SuperLike absent = new SuperLike(new Like(new Page(missing, blog.newProfile("bob").id(), "nowhere"), 1),
                stored.badge(), "none");

        RelataException e = assertThrows(RelataException.class, () -> superLikes.update(absent));

        assertEquals("No SuperLike with key " + missing + " to update.", e.getMessage());
        assertEquals(Optional.of(stored), superLikes.findById(keyOf(stored)));
    }

    /**
     * A Like (and its Page) with no SuperLike row: updating it as a SuperLike fails naming SuperLike,
     * and leaves the Like and the Page as they were.
     */
    @Test
    void updatingAMissingRowNamesTheModelUpdatedAndWritesNothing() {
        Like like = likes.insert(new Like(new Page(0, blog.newProfile("ada").id(), "home"), 5));
        long key = like.page().id();
        Profile bob = blog.newProfile("bob");
        SuperLike absent = new SuperLike(new Like(new Page(key, bob.id(), "renamed"), 9), newBadge("gold").id(), "none");

        RelataException e = assertThrows(RelataException.class, () -> superLikes.update(absent));

        assertEquals("No SuperLike with key " + key + " to update.", e.getMessage());
        assertEquals(Optional.of(like), likes.findById(key));
        assertEquals(Optional.of(like.page()), pages.findById(key));
        assertRows(1, 1, 0);
    }

    @Test
    void aFailureWritingTheChildRowLeavesNoParentRow() {
        Badge gold = newBadge("gold");
        newSuperLike("ada", gold);
        Profile bob = blog.newProfile("bob");

        OneToOneConflictException conflict = assertThrows(OneToOneConflictException.class,
                () -> superLikes.insert(unsaved(bob, gold)));

        assertEquals("SuperLike", conflict.model());
        assertEquals("badge", conflict.relation());
        assertRows(1, 1, 1);
        assertEquals(Optional.empty(), profiles.page(bob));
    }

    @Test
    void insertAllIsOneTransactionAcrossAllThreeTables() {
        Badge gold = newBadge("gold");
        Profile ada = blog.newProfile("ada");
        Profile bob = blog.newProfile("bob");

        assertThrows(OneToOneConflictException.class,
                () -> superLikes.insertAll(List.of(unsaved(ada, gold), unsaved(bob, gold))));

        assertRows(0, 0, 0);
    }

    @Test
    void deletingASuperLikeDeletesItsLikeAndItsPage() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));

        assertTrue(superLikes.delete(stored));

        assertRows(0, 0, 0);
        assertEquals(1, profiles.count(), "the page's profile stays");
        assertEquals(1, badges.count(), "the linked badge stays");
    }

    @Test
    void deletingTheLikeDeletesItsPageAndItsSuperLike() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));

        assertTrue(likes.deleteById(keyOf(stored)));

        assertRows(0, 0, 0);
    }

    @Test
    void deletingThePageDeletesTheLikeAndTheSuperLike() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));

        assertTrue(pages.deleteById(keyOf(stored)));

        assertRows(0, 0, 0);
    }

    @Test
    void deletingTheUserCascadesAllTheWayDownToTheSuperLike() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));
        User ada = profiles.user(superLikes.profile(stored));

        assertTrue(users.delete(ada));

        assertRows(0, 0, 0);
        assertEquals(Optional.empty(), superLikes.findById(keyOf(stored)));
    }

    /**
     * Django's Collector, collecting a child row through a CASCADE, also collects the child's parent
     * rows ({@code reverse_dependency=True}): deleting the badge deletes the whole super like.
     */
    @Test
    void deletingTheBadgeDeletesTheSuperLikeWithItsLikeAndPageRows() {
        SuperLike stored = newSuperLike("ada", newBadge("gold"));

        assertTrue(badges.deleteById(stored.badge()));

        assertRows(0, 0, 0);
        assertEquals(1, profiles.count());
    }
}
