package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** deleteAllById and deleteAll: many rows through one delete plan, with every cascade. */
class BulkDeleteTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final BlogData data = new BlogData(database.db());
    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final LikeDao likes = new LikeDao(database.db());

    @Test
    void deletingManyUsersCascadesThroughEachChainAndCountsTheUsers() {
        List<User> created = new ArrayList<>();
        for (int i = 0; i < 1650; i++) {
            created.add(new User(0, "user" + i, true));
        }
        List<User> all = users.insertAll(created);
        List<Profile> allProfiles = profiles.insertAll(all.stream().map(u -> new Profile(0, u.id(), u.username(), "Paris")).toList());
        likes.insertAll(allProfiles.stream().map(p -> new Like(new Page(0, p.id(), "page of " + p.name()), 1)).toList());
        List<Long> doomed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 3 != 0) {
                doomed.add(all.get(i).id());
            }
        }

        assertEquals(1100, users.deleteAllById(doomed));

        assertEquals(550, users.count());
        assertEquals(550, profiles.count());
        assertEquals(550, pages.count());
        assertEquals(550, likes.count());
    }

    @Test
    void keysWithoutARowAndRepeatedKeysCountOnce() {
        User kept = data.staff("kept");
        User gone = data.staff("gone");

        assertEquals(1, users.deleteAllById(List.of(gone.id(), gone.id(), 999_999L)));

        assertEquals(List.of(kept), users.findAll());
        assertEquals(0, users.deleteAllById(List.of()));
    }

    @Test
    void deleteAllOfLikesDeletesOnlyLikesWithTheirPages() {
        Profile first = data.profileOf(data.staff("ada"));
        Profile second = data.profileOf(data.staff("grace"));
        Like like = data.likeOf(first, "notes", 3);
        Page plain = data.pageOf(second, "plain");

        assertEquals(1, likes.deleteAll(List.of(like)));
        assertEquals(0, likes.deleteAllById(List.of(plain.id())));

        assertEquals(List.of(plain), pages.findAll());
        assertEquals(0, likes.count());
    }
}
