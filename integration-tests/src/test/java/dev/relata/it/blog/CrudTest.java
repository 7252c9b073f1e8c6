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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated DAOs' basic operations: insert, insertAll, findById, findAll, count, update, delete. */
class CrudTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final BlogData blog = new BlogData(database.db());

    @Test
    void insertFillsInTheGeneratedKeyForZero() {
        User ada = users.insert(new User(0, "ada", true));

        assertNotEquals(0, ada.id());
        assertEquals(new User(ada.id(), "ada", true), ada);
    }

    @Test
    void insertedRowIsFoundByItsKey() {
        User ada = users.insert(new User(0, "ada", true));
        Profile profile = profiles.insert(new Profile(0, ada.id(), "Ada Lovelace", "London"));

        assertEquals(Optional.of(ada), users.findById(ada.id()));
        assertEquals(Optional.of(profile), profiles.findById(profile.id()));
    }

    @Test
    void everyInsertGetsAKeyOfItsOwn() {
        User ada = users.insert(new User(0, "ada", true));
        User bob = users.insert(new User(0, "bob", false));

        assertNotEquals(ada.id(), bob.id());
    }

    @Test
    void findByIdIsEmptyForAKeyWithNoRow() {
        User ada = users.insert(new User(0, "ada", true));

        assertEquals(Optional.empty(), users.findById(ada.id() + 1000));
    }

    @Test
    void insertAllReturnsTheRowsInTheGivenOrderWithGeneratedKeys() {
        List<User> given = List.of(new User(0, "zoe", true), new User(0, "adam", false), new User(0, "mia", true));

        List<User> stored = users.insertAll(given);

        assertEquals(given.size(), stored.size());
        for (int i = 0; i < given.size(); i++) {
            assertEquals(given.get(i).username(), stored.get(i).username());
            assertEquals(given.get(i).isStaff(), stored.get(i).isStaff());
            assertNotEquals(0, stored.get(i).id());
        }
        assertTrue(stored.get(0).id() < stored.get(1).id() && stored.get(1).id() < stored.get(2).id(),
                () -> "rows inserted in order get increasing keys: " + stored);
        assertEquals(stored, users.findAll());
    }

    @Test
    void insertAllOfNoRowsWritesNothing() {
        assertEquals(List.of(), users.insertAll(List.of()));
        assertEquals(0, users.count());
    }

    @Test
    void insertAllIsOneTransactionSoAConflictingRowInTheMiddleLeavesNothingWritten() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");
        User cy = blog.staff("cy");
        Profile bobs = blog.profileOf(bob);

        List<Profile> batch = List.of(
                new Profile(0, ada.id(), "Ada", "London"),
                new Profile(0, bob.id(), "Bob again", "Paris"),
                new Profile(0, cy.id(), "Cy", "Rome"));

        assertThrows(OneToOneConflictException.class, () -> profiles.insertAll(batch));
        assertEquals(List.of(bobs), profiles.findAll());
    }

    @Test
    void insertAllRefusesTwoRowsOfTheBatchLinkingTheSameUser() {
        User ada = blog.staff("ada");

        List<Profile> batch = List.of(new Profile(0, ada.id(), "Ada", "London"), new Profile(0, ada.id(), "Ada 2", "Paris"));

        assertThrows(OneToOneConflictException.class, () -> profiles.insertAll(batch));
        assertEquals(0, profiles.count());
    }

    @Test
    void insertAllOfManyRowsTakesFarFewerRoundTripsThanRows() {
        List<User> given = IntStream.range(0, 2_500).mapToObj(i -> new User(0, "user" + i, true)).toList();

        long before = database.roundTrips();
        List<User> stored = users.insertAll(given);
        long trips = database.roundTrips() - before;

        assertEquals(2_500, stored.size());
        assertEquals(2_500, new HashSet<>(stored.stream().map(User::id).toList()).size(), "distinct keys");
        assertEquals(stored, users.findAll(), "every row got the key the database stored it under");
        assertTrue(trips < 100, () -> "insertAll of 2,500 rows is batched, but took " + trips + " round trips");
    }

    @Test
    void insertAllGivesEveryRowTheKeyTheDatabaseStoredItUnder() {
        List<User> given = IntStream.range(0, 1_203).mapToObj(i -> new User(0, "user" + i, i % 2 == 0)).toList();

        List<User> stored = users.insertAll(given);

        Map<Long, String> namesByKey = new HashMap<>();
        users.findAll().forEach(user -> namesByKey.put(user.id(), user.username()));
        assertEquals(given.size(), namesByKey.size());
        for (int i = 0; i < given.size(); i++) {
            assertEquals("user" + i, namesByKey.get(stored.get(i).id()), "the row stored under the key of row " + i);
            assertEquals(new User(stored.get(i).id(), "user" + i, i % 2 == 0), stored.get(i));
        }
    }

    @Test
    void insertAllOfRowsWithGivenAndGeneratedKeysKeepsTheGivenKeysAndTheOrder() {
        List<User> given = IntStream.range(0, 1_203)
                .mapToObj(i -> new User(i % 3 == 0 ? 1_000_000 + i : 0, "user" + i, i % 2 == 0))
                .toList();

        List<User> stored = users.insertAll(given);

        for (int i = 0; i < given.size(); i++) {
            assertEquals(given.get(i).username(), stored.get(i).username());
            if (given.get(i).id() != 0) {
                assertEquals(given.get(i).id(), stored.get(i).id(), "a given key is kept");
            }
        }
        assertEquals(stored.stream().sorted(Comparator.comparingLong(User::id)).toList(), users.findAll());
    }

    @Test
    void findAllReturnsEveryRowOrderedByKey() {
        User zoe = blog.staff("zoe");
        User adam = blog.staff("adam");
        User mia = blog.nonStaff("mia");

        assertEquals(List.of(zoe, adam, mia), users.findAll());
    }

    @Test
    void findAllOfAnEmptyTableIsEmpty() {
        assertEquals(List.of(), users.findAll());
    }

    @Test
    void countCountsTheRows() {
        assertEquals(0, users.count());
        blog.staff("ada");
        blog.nonStaff("bob");

        assertEquals(2, users.count());
    }

    @Test
    void updateWritesEveryColumn() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");
        Profile profile = blog.profileOf(ada);

        users.update(new User(ada.id(), "ada.lovelace", false));
        Profile moved = new Profile(profile.id(), bob.id(), "Bob", "Turin");
        profiles.update(moved);

        assertEquals(Optional.of(new User(ada.id(), "ada.lovelace", false)), users.findById(ada.id()));
        assertEquals(Optional.of(moved), profiles.findById(profile.id()));
    }

    @Test
    void updateLeavesOtherRowsAlone() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");

        users.update(new User(ada.id(), "ada.lovelace", true));

        assertEquals(Optional.of(bob), users.findById(bob.id()));
    }

    @Test
    void updateOfARowThatDoesNotExistThrowsAndWritesNothing() {
        User ada = blog.staff("ada");

        assertThrows(RelataException.class, () -> users.update(new User(ada.id() + 1000, "ghost", true)));
        assertEquals(List.of(ada), users.findAll());
    }

    @Test
    void deleteByIdDeletesTheRowAndSaysSo() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");

        assertTrue(users.deleteById(ada.id()));

        assertEquals(Optional.empty(), users.findById(ada.id()));
        assertEquals(List.of(bob), users.findAll());
    }

    @Test
    void deleteByIdOfAKeyWithNoRowReturnsFalse() {
        User ada = blog.staff("ada");

        assertFalse(users.deleteById(ada.id() + 1000));
        assertEquals(1, users.count());
    }

    @Test
    void deleteDeletesTheRowWithTheGivenRowsKey() {
        Profile profile = blog.newProfile("ada");

        assertTrue(profiles.delete(profile));
        assertFalse(profiles.delete(profile), "already deleted");

        assertEquals(0, profiles.count());
        assertEquals(1, users.count(), "deleting a profile leaves its user");
    }
}
