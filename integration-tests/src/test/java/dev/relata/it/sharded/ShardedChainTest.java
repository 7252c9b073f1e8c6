package dev.relata.it.sharded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Deletion;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What users of a chain keyed by its root rely on, on every target: on H2 and the live databases
 * as on one database, and through ShardingSphere-JDBC over two databases (the {@code sharded}
 * target), where the users 1 and 3 and everything of theirs live in one database, and 2 and 4 in
 * the other. The tables are made by the generated {@code RelataSchema.create}, once for the class,
 * and emptied after each test.
 */
class ShardedChainTest {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.perClass(ModelPackage.SHARDED);

    final Database db = database.db();
    final CountryDao countries = new CountryDao(db);
    final UserDao users = new UserDao(db);
    final ProfileDao profiles = new ProfileDao(db);
    final PageDao pages = new PageDao(db);
    final LikeDao likes = new LikeDao(db);

    final Country france = new Country("FR", "France");
    final Country japan = new Country("JP", "Japan");

    /** Users 1 to 4, each with a profile, a page and a like (a child of the page). */
    private List<User> chains() {
        countries.insertAll(List.of(france, japan));
        List<User> inserted = users.insertAll(List.of(
                new User(1, "ada", "FR"), new User(2, "grace", "JP"), new User(3, "alan", "FR"), new User(4, "edsger", "JP")));
        for (User user : inserted) {
            profiles.insert(new Profile(user.id(), "profile of " + user.username()));
            likes.insert(new Like(new Page(user.id(), "page of " + user.username()), (int) user.id() * 10));
        }
        return inserted;
    }

    @Test
    void theChainIsInsertedAndFoundByKeyAcrossTheShards() {
        chains();

        assertEquals(Optional.of(new User(3, "alan", "FR")), users.findById(3));
        assertEquals(Optional.of(new User(4, "edsger", "JP")), users.findById(4));
        assertEquals(Optional.of(new Profile(2, "profile of grace")), profiles.findById(2));
        assertEquals(Optional.of(new Page(1, "page of ada")), pages.findById(1));
        assertEquals(Optional.of(new Like(new Page(4, "page of edsger"), 40)), likes.findById(4));
        assertEquals(Optional.empty(), users.findById(5));
        assertEquals(List.of(1L, 2L, 3L, 4L), users.findAll().stream().map(User::id).toList(), "ordered by key");
        assertEquals(List.of(10, 20, 30, 40), likes.findAll().stream().map(Like::likes).toList(), "ordered by key");
        assertEquals(4, users.count());
        assertEquals(4, pages.count());
    }

    @Test
    void rootsInsertedWithoutAKeyGetDistinctKeysThatTheirChainsTake() {
        countries.insert(france);

        List<User> inserted = users.insertAll(List.of(new User(0, "ada", "FR"), new User(0, "grace", "FR")));
        User third = users.insert(new User(0, "alan", "FR"));
        for (User user : List.of(inserted.get(0), inserted.get(1), third)) {
            profiles.insert(new Profile(user.id(), "profile of " + user.username()));
        }

        List<Long> keys = List.of(inserted.get(0).id(), inserted.get(1).id(), third.id());
        assertEquals(3, keys.stream().distinct().filter(key -> key != 0).count(), keys::toString);
        assertEquals(Optional.of(inserted.get(1)), users.findById(inserted.get(1).id()));
        assertEquals(Optional.of(new Profile(third.id(), "profile of alan")), users.profile(third));
        assertEquals(third, profiles.user(new Profile(third.id(), "profile of alan")));
    }

    @Test
    void anUpdateChangesTheRowInItsShard() {
        chains();

        profiles.update(new Profile(2, "renamed"));
        likes.update(new Like(new Page(3, "page renamed"), 33));

        assertEquals(Optional.of(new Profile(2, "renamed")), profiles.findById(2));
        assertEquals(Optional.of(new Like(new Page(3, "page renamed"), 33)), likes.findById(3));
        assertEquals(Optional.of(new Profile(1, "profile of ada")), profiles.findById(1));
    }

    @Test
    void forwardAndReverseAccessorsFollowTheChain() {
        List<User> inserted = chains();
        User grace = inserted.get(1);
        Profile profile = profiles.findById(2).orElseThrow();
        Page page = pages.findById(2).orElseThrow();

        assertEquals(grace, profiles.user(profile));
        assertEquals(Optional.of(profile), users.profile(grace));
        assertEquals(profile, pages.profile(page));
        assertEquals(Optional.of(page), profiles.page(profile));
        assertEquals(Optional.of(new Like(page, 20)), pages.like(page));
        assertEquals(profile, likes.profile(likes.findById(2).orElseThrow()));
    }

    @Test
    void aReverseAccessorWithNoRowIsEmpty() {
        countries.insert(france);
        User lone = users.insert(new User(7, "lone", "FR"));

        assertEquals(Optional.empty(), users.profile(lone));
    }

    @Test
    void batchAccessorsFindTheRowsOfEveryShardInOneCall() {
        List<User> inserted = chains();
        List<Profile> allProfiles = profiles.findAll();
        List<Page> allPages = pages.findAll();

        Map<Long, Profile> profileOfUser = users.profileFor(inserted);
        Map<Long, User> userOfProfile = profiles.userFor(allProfiles);
        Map<Long, Like> likeOfPage = pages.likeFor(allPages);

        assertEquals(Map.of(1L, allProfiles.get(0), 2L, allProfiles.get(1), 3L, allProfiles.get(2),
                4L, allProfiles.get(3)), profileOfUser);
        assertEquals(Map.of(1L, inserted.get(0), 2L, inserted.get(1), 3L, inserted.get(2), 4L, inserted.get(3)),
                userOfProfile);
        assertEquals(List.of(10, 20, 30, 40), List.of(likeOfPage.get(1L).likes(), likeOfPage.get(2L).likes(),
                likeOfPage.get(3L).likes(), likeOfPage.get(4L).likes()));
    }

    @Test
    void theReferenceTableIsReadFromTheChain() {
        List<User> inserted = chains();

        assertEquals(france, users.country(inserted.get(0)));
        assertEquals(japan, users.country(inserted.get(1)));
        assertEquals(Map.of(1L, france, 2L, japan, 3L, france, 4L, japan), users.countryFor(inserted));
        assertEquals(List.of(inserted.get(0), inserted.get(2)), countries.userList(france));
        assertEquals(List.of(france, japan), countries.findAll());
    }

    @Test
    void aCountryThatUsersLiveInIsProtected() {
        chains();

        assertThrows(ProtectedException.class, () -> countries.delete(france));

        assertEquals(List.of(france, japan), countries.findAll());
        assertEquals(4, users.count());
    }

    @Test
    void aSecondProfileForAUserIsAOneToOneConflictAndChangesNothing() {
        chains();

        assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(3, "second")));
        assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(4, "second")));

        assertEquals(Optional.of(new Profile(3, "profile of alan")), profiles.findById(3));
        assertEquals(Optional.of(new Profile(4, "profile of edsger")), profiles.findById(4));
        assertEquals(4, profiles.count());
    }

    @Test
    void deletingAUserCascadesThroughItsChain() {
        chains();

        Deletion deleted = users.deleteCounting(users.findById(3).orElseThrow());

        assertEquals(Map.of("User", 1, "Profile", 1, "Page", 1, "Like", 1), deleted.byModel());
        assertEquals(List.of(1L, 2L, 4L), users.findAll().stream().map(User::id).toList());
        assertEquals(List.of(1L, 2L, 4L), profiles.findAll().stream().map(Profile::user).toList());
        assertEquals(List.of(1L, 2L, 4L), pages.findAll().stream().map(Page::profile).toList());
        assertEquals(List.of(10, 20, 40), likes.findAll().stream().map(Like::likes).toList());
    }

    @Test
    void deletingUsersOfBothShardsInOneCallCascadesInEach() {
        chains();

        assertEquals(2, users.deleteAllById(List.of(1L, 2L)));

        assertEquals(List.of(3L, 4L), users.findAll().stream().map(User::id).toList());
        assertEquals(List.of(3L, 4L), profiles.findAll().stream().map(Profile::user).toList());
        assertEquals(List.of(30, 40), likes.findAll().stream().map(Like::likes).toList());
    }

    @Test
    void deletingAPageDeletesItsLike() {
        chains();

        assertEquals(true, pages.deleteById(2));

        assertEquals(Optional.empty(), likes.findById(2));
        assertEquals(Optional.of(new Profile(2, "profile of grace")), profiles.findById(2));
        assertEquals(3, likes.count());
    }

    @Test
    void aTransactionCommitsEveryShardsRows() {
        countries.insert(france);

        db.runInTransaction(() -> {
            users.insertAll(List.of(new User(1, "ada", "FR"), new User(2, "grace", "FR")));
            profiles.insert(new Profile(1, "one"));
            profiles.insert(new Profile(2, "two"));
        });

        assertEquals(List.of(new Profile(1, "one"), new Profile(2, "two")), profiles.findAll());
        assertEquals(2, users.count());
    }

    @Test
    void aTransactionThatThrowsRollsBackEveryShard() {
        countries.insert(france);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            users.insertAll(List.of(new User(1, "ada", "FR"), new User(2, "grace", "FR")));
            profiles.insert(new Profile(1, "one"));
            throw new IllegalStateException("changed my mind");
        }));

        assertEquals("changed my mind", thrown.getMessage());
        assertEquals(0, users.count());
        assertEquals(0, profiles.count());
    }

    /**
     * A refused call inside a transaction keeps the rows written before it, and the transaction
     * goes on and commits them; except through ShardingSphere-JDBC on PostgreSQL, which rolls back
     * at commit a transaction in which a statement failed, a rollback to a savepoint
     * notwithstanding: there every later call and the transaction's end throw, and nothing of it
     * is written. In a transaction Relata begins, never does a commit that returned lose rows.
     */
    @Test
    void aRefusedCallInsideATransactionKeepsTheRowsWrittenBeforeItOrEndsTheTransaction() {
        countries.insert(france);
        Runnable work = () -> db.runInTransaction(() -> {
            users.insertAll(List.of(new User(1, "ada", "FR"), new User(2, "grace", "FR")));
            profiles.insert(new Profile(1, "one"));
            profiles.insert(new Profile(2, "two"));
            assertThrows(OneToOneConflictException.class, () -> profiles.insert(new Profile(2, "again")));
            pages.insert(new Page(2, "written after the refusal"));
        });

        if (database.shards().isEmpty()) {
            work.run();

            assertEquals(List.of(1L, 2L), users.findAll().stream().map(User::id).toList());
            assertEquals(List.of(new Profile(1, "one"), new Profile(2, "two")), profiles.findAll());
            assertEquals(List.of(new Page(2, "written after the refusal")), pages.findAll());
        } else {
            RelataException ended = assertThrows(RelataException.class, work::run);

            assertTrue(ended.getMessage().contains("ShardingSphere"), ended::getMessage);
            assertEquals(List.of(), users.findAll(), "nothing of the transaction is written");
            assertEquals(List.of(), profiles.findAll(), "nothing of the transaction is written");
            assertEquals(List.of(), pages.findAll(), "nothing of the transaction is written");
        }
    }

    @Test
    void aRefusedDeleteInsideATransactionKeepsTheRowsWrittenBeforeIt() {
        chains();

        db.runInTransaction(() -> {
            profiles.update(new Profile(1, "renamed first"));
            assertThrows(ProtectedException.class, () -> countries.delete(japan));
            profiles.update(new Profile(2, "renamed after"));
        });

        assertEquals(Optional.of(new Profile(1, "renamed first")), profiles.findById(1));
        assertEquals(Optional.of(new Profile(2, "renamed after")), profiles.findById(2));
        assertEquals(List.of(france, japan), countries.findAll());
    }

    @Test
    void theSchemaThatCreateMadePassesValidate() {
        RelataSchema.validate(db);
    }
}
