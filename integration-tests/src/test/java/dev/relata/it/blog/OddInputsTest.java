package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Deletion;
import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * insertAll, deleteAll and the batch accessors with the inputs users pass by mistake or at scale: the
 * same record twice, null elements, records never saved, unmodifiable collections, and 70,000 rows
 * (beyond PostgreSQL's 32,767 and MariaDB's 65,535 parameters per statement). Each call gives the right
 * answer or a typed exception, and a refused call leaves every row as it was.
 */
class OddInputsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.CHAIN);

    final BlogData data = new BlogData(database.db());
    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final LikeDao likes = new LikeDao(database.db());

    @Test
    void theSameRecordTwiceIsInsertedTwiceOrRefusedAndFoundOrDeletedOnce() {
        User u = new User(0, "a", true);
        List<User> two = users.insertAll(List.of(u, u));
        assertEquals(2, two.size());
        assertTrue(two.get(0).id() != two.get(1).id());
        User given = new User(500, "b", true);
        assertThrows(IntegrityException.class, () -> users.insertAll(List.of(given, given)));
        assertEquals(2, users.count());
        Profile p = new Profile(0, two.get(0).id(), "n", "c");
        assertThrows(OneToOneConflictException.class, () -> profiles.insertAll(List.of(p, p)));
        assertEquals(0, profiles.count());
        Profile saved = profiles.insert(p);
        assertEquals(Map.of(saved.id(), two.get(0)), profiles.userFor(List.of(saved, saved, saved)));
        assertEquals(Map.of(two.get(0).id(), saved), users.profileFor(List.of(two.get(0), two.get(0))));
        assertEquals(1, users.deleteAll(List.of(two.get(0), two.get(0))));
        assertEquals(0, profiles.count());
        Deletion d = users.deleteAllCounting(List.of(two.get(1), two.get(1)));
        assertEquals(1, d.total(), d.toString());
    }

    @Test
    void aNullElementIsRefusedBeforeAnythingIsWritten() {
        User a = data.staff("a");
        List<User> withNull = Arrays.asList(a, null);
        assertThrows(NullPointerException.class, () -> users.insertAll(withNull));
        assertThrows(NullPointerException.class, () -> users.deleteAll(withNull));
        assertThrows(NullPointerException.class, () -> users.deleteAllById(Arrays.asList(a.id(), null)));
        assertThrows(NullPointerException.class, () -> users.profileFor(withNull));
        assertThrows(NullPointerException.class, () -> users.deleteAllCounting(withNull));
        assertEquals(1, users.count());
    }

    @Test
    void recordsNeverSavedAndUnmodifiableCollectionsFindAndDeleteNothingElse() {
        User a = data.staff("a");
        Profile p = data.profileOf(a);
        User unsaved = new User(0, "x", true);
        assertEquals(Map.of(), users.profileFor(Collections.unmodifiableList(List.of(unsaved))));
        assertEquals(0, users.deleteAll(Collections.unmodifiableList(List.of(unsaved))));
        assertEquals(Map.of(p.id(), a), profiles.userFor(Collections.unmodifiableSet(Set.of(p))));
        assertEquals(List.of(), users.insertAll(List.of()));
        assertEquals(0, users.deleteAll(List.of()));
        assertEquals(0, users.deleteAllCounting(List.of()).total());
        assertEquals(1, users.count());
    }

    @Test
    void seventyThousandRowsGoInFoundAndDeletedWithTheirCascades() {
        int n = 70_000;
        List<User> staff = users.insertAll(IntStream.range(0, n).mapToObj(i -> new User(0, "u" + i, true)).toList());
        assertEquals(n, users.count());
        List<Profile> ps = profiles.insertAll(staff.stream().map(u -> new Profile(0, u.id(), "n", "c")).toList());
        assertEquals(n, profiles.count());
        List<Like> ls = likes.insertAll(ps.stream().map(p -> new Like(new Page(0, p.id(), "pg"), 1)).toList());
        assertEquals(n, likes.count());
        assertEquals(n, profiles.userFor(ps).size());
        assertEquals(n, users.profileFor(staff).size());
        assertEquals(n, pages.likeFor(ls.stream().map(Like::page).toList()).size());
        List<User> half = new ArrayList<>(staff.subList(0, n / 2));
        half.addAll(staff.subList(0, n / 2));
        assertEquals(n / 2, users.deleteAll(half));
        assertEquals(n / 2, profiles.count());
        assertEquals(n / 2, likes.count());
        Deletion d = users.deleteAllCounting(staff);
        assertEquals(n / 2 * 4, d.total(), d.toString());
        assertEquals(0, pages.count());
    }

    @Test
    void aRefusedInsertAllOfSeventyThousandRowsKeepsNothing() {
        int n = 70_000;
        List<User> given = new ArrayList<>(IntStream.range(0, n).mapToObj(i -> new User(0, "u" + i, true)).toList());
        given.set(n - 1, new User(0, "x".repeat(300), true));
        assertThrows(RelataException.class, () -> users.insertAll(given));
        assertEquals(0, users.count());
    }

    @Test
    void aFinderInTakesFortyThousandValues() {
        Profile p = data.profileOf(data.staff("a"));
        ProfileFinders finders = profiles;
        List<String> many = new ArrayList<>(IntStream.range(0, 40_000).mapToObj(i -> "city" + i).toList());
        many.add(p.city());
        assertEquals(List.of(p), finders.inCities(many));
        List<String> more = new ArrayList<>(IntStream.range(0, 70_000).mapToObj(i -> "city" + i).toList());
        more.add(p.city());
        if (database.dialect() == Dialect.POSTGRESQL) {
            // Beyond the 65,535 parameters PostgreSQL's protocol takes: refused, as the README says.
            assertThrows(RelataException.class, () -> finders.inCities(more));
        } else {
            assertEquals(List.of(p), finders.inCities(more));
        }
    }
}
