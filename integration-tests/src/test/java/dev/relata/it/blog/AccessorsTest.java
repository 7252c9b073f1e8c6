package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Forward, reverse and batch accessors along the seed's chain User - Profile - Page - Like: Django's
 * {@code profile.user}, {@code user.profile}, {@code profile.page} and {@code page.like}.
 */
class AccessorsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final LikeDao likes = new LikeDao(database.db());
    final BlogData blog = new BlogData(database.db());

    @Test
    void forwardAccessorReturnsTheLinkedUser() {
        User ada = blog.staff("ada");
        blog.staff("bob");
        Profile profile = blog.profileOf(ada);

        assertEquals(ada, profiles.user(profile));
    }

    @Test
    void forwardAccessorOfAPageReturnsItsProfile() {
        Profile profile = blog.newProfile("ada");
        Page page = blog.pageOf(profile, "home");

        assertEquals(profile, pages.profile(page));
    }

    @Test
    void forwardAccessorReadsTheCurrentTargetRow() {
        User ada = blog.staff("ada");
        Profile profile = blog.profileOf(ada);
        users.update(new User(ada.id(), "ada.lovelace", true));

        assertEquals(new User(ada.id(), "ada.lovelace", true), profiles.user(profile));
    }

    @Test
    void reverseAccessorFindsTheProfileOfAUser() {
        User ada = blog.staff("ada");
        Profile profile = blog.profileOf(ada);

        assertEquals(Optional.of(profile), users.profile(ada));
    }

    @Test
    void reverseAccessorIsEmptyForAUserWithoutProfile() {
        User ada = blog.staff("ada");
        blog.newProfile("bob");

        assertEquals(Optional.empty(), users.profile(ada));
    }

    @Test
    void reverseAccessorsFollowTheSeedsChainUserProfilePageLike() {
        User ada = blog.staff("ada");
        Profile profile = blog.profileOf(ada);
        Like like = blog.likeOf(profile, "home", 3);

        assertEquals(Optional.of(profile), users.profile(ada));
        assertEquals(Optional.of(like.page()), profiles.page(profile));
        assertEquals(Optional.of(like), pages.like(like.page()));
    }

    @Test
    void reverseAccessorIsEmptyOnceTheLinkingRowIsDeleted() {
        User ada = blog.staff("ada");
        Profile profile = blog.profileOf(ada);
        profiles.delete(profile);

        assertEquals(Optional.empty(), users.profile(ada));
    }

    @Test
    void batchForwardAccessorMapsEachProfilesKeyToItsUser() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");
        blog.staff("cy");
        Profile adas = blog.profileOf(ada);
        Profile bobs = blog.profileOf(bob);

        assertEquals(Map.of(adas.id(), ada, bobs.id(), bob), profiles.userFor(List.of(adas, bobs)));
    }

    @Test
    void batchForwardAccessorCoversOnlyTheGivenRows() {
        User ada = blog.staff("ada");
        Profile adas = blog.profileOf(ada);
        blog.newProfile("bob");

        assertEquals(Map.of(adas.id(), ada), profiles.userFor(List.of(adas)));
    }

    @Test
    void batchReverseAccessorMapsEachUsersKeyToItsProfileAndLeavesOutUnlinkedUsers() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");
        User cy = blog.nonStaff("cy");
        Profile adas = blog.profileOf(ada);

        assertEquals(Map.of(ada.id(), adas), users.profileFor(List.of(ada, bob, cy)));
    }

    @Test
    void batchReverseAccessorOfPagesFindsTheirLikes() {
        Like like = blog.likeOf(blog.newProfile("ada"), "home", 3);
        Page plain = blog.pageOf(blog.newProfile("bob"), "about");

        assertEquals(Map.of(like.page().id(), like), pages.likeFor(List.of(like.page(), plain)));
    }

    @Test
    void batchAccessorsOfNoRowsAreEmpty() {
        blog.newProfile("ada");

        assertEquals(Map.of(), profiles.userFor(List.of()));
        assertEquals(Map.of(), users.profileFor(List.of()));
    }

    @Test
    void batchAccessorsHandle2500RowsInABoundedNumberOfQueries() {
        List<User> staff = users.insertAll(
                IntStream.range(0, 2_600).mapToObj(i -> new User(0, "user" + i, true)).toList());
        List<Profile> linked = profiles.insertAll(staff.subList(0, 2_500).stream()
                .map(u -> new Profile(0, u.id(), "Name " + u.username(), "Lyon")).toList());

        long before = database.roundTrips();
        Map<Long, User> userOfProfile = profiles.userFor(linked);
        long forwardTrips = database.roundTrips() - before;

        before = database.roundTrips();
        Map<Long, Profile> profileOfUser = users.profileFor(staff);
        long reverseTrips = database.roundTrips() - before;

        assertEquals(2_500, userOfProfile.size());
        for (int i = 0; i < 2_500; i++) {
            assertEquals(staff.get(i), userOfProfile.get(linked.get(i).id()));
            assertEquals(linked.get(i), profileOfUser.get(staff.get(i).id()));
        }
        assertEquals(2_500, profileOfUser.size(), "the 100 users without a profile are absent");
        // One query per list of keys (H2 takes lists of 128, MariaDB of 1,024, PostgreSQL one array), and a few more.
        long bound = 2_600 / database.dialect().keysPerList() + 10;
        assertTrue(forwardTrips <= bound, () -> "userFor(2,500 profiles) took " + forwardTrips + " queries");
        assertTrue(reverseTrips <= bound, () -> "profileFor(2,600 users) took " + reverseTrips + " queries");
    }
}
