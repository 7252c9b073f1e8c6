package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One-to-one is enforced by the database's UNIQUE constraint, not only by the DAO: a second row
 * linking to an already linked target is refused with {@link OneToOneConflictException} and
 * changes nothing, whoever writes it.
 */
class OneToOneTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final BlogData blog = new BlogData(database.db());

    @Test
    void aSecondProfileForTheSameUserIsRefusedAndChangesNothing() {
        User ada = blog.staff("ada");
        Profile first = blog.profileOf(ada);

        OneToOneConflictException conflict = assertThrows(OneToOneConflictException.class,
                () -> profiles.insert(new Profile(0, ada.id(), "Another Ada", "Paris")));

        assertEquals("Profile", conflict.model());
        assertEquals("user", conflict.relation());
        assertEquals(1, profiles.count());
        assertEquals(List.of(first), profiles.findAll());
        assertEquals(Optional.of(first), users.profile(ada));
    }

    @Test
    void aSecondPageForTheSameProfileIsRefusedAndChangesNothing() {
        Profile profile = blog.newProfile("ada");
        Page home = blog.pageOf(profile, "home");

        OneToOneConflictException conflict = assertThrows(OneToOneConflictException.class,
                () -> pages.insert(new Page(0, profile.id(), "about")));

        assertEquals("Page", conflict.model());
        assertEquals("profile", conflict.relation());
        assertEquals(List.of(home), pages.findAll());
    }

    @Test
    void updateThatLinksAnAlreadyLinkedUserIsRefusedAndChangesNothing() {
        Profile adas = blog.newProfile("ada");
        Profile bobs = blog.newProfile("bob");

        assertThrows(OneToOneConflictException.class,
                () -> profiles.update(new Profile(bobs.id(), adas.user(), "Bob", "Oslo")));

        assertEquals(Optional.of(bobs), profiles.findById(bobs.id()));
        assertEquals(Optional.of(adas), profiles.findById(adas.id()));
    }

    @Test
    void aUserFreedByMovingItsProfileCanBeLinkedAgain() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");
        Profile profile = blog.profileOf(ada);

        profiles.update(new Profile(profile.id(), bob.id(), profile.name(), profile.city()));
        Profile adas = profiles.insert(new Profile(0, ada.id(), "Ada", "London"));

        assertEquals(Optional.of(adas), users.profile(ada));
        assertEquals(bob, profiles.user(profiles.findById(profile.id()).orElseThrow()));
    }

    @Test
    void theDatabaseItselfRefusesASecondProfileWrittenWithRawSql() {
        User ada = blog.staff("ada");
        User bob = blog.staff("bob");
        String insert = "INSERT INTO {profile} ({user_id}, {name}, {city}) VALUES (?, ?, ?)";
        database.execute(insert, ada.id(), "Ada", "London");

        assertThrows(IntegrityException.class, () -> database.execute(insert, ada.id(), "Ada again", "Paris"));

        assertEquals(1, database.countRows("profile"));
        assertEquals("Ada", users.profile(ada).orElseThrow().name());
        assertEquals(Optional.empty(), users.profile(bob));
    }

    @Test
    void twoThreadsRacingToLinkTheSameUserLetExactlyOneWin() throws Exception {
        User ada = blog.staff("ada");
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Profile>> racers = new ArrayList<>();
        for (String city : List.of("London", "Paris")) {
            racers.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                return profiles.insert(new Profile(0, ada.id(), "Ada in " + city, city));
            });
        }

        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Profile> winners = new ArrayList<>();
        List<Throwable> losers = new ArrayList<>();
        try {
            List<Future<Profile>> results = new ArrayList<>();
            for (Callable<Profile> racer : racers) {
                results.add(threads.submit(racer));
            }
            for (Future<Profile> result : results) {
                try {
                    winners.add(result.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    losers.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertEquals(1, winners.size(), () -> "one winner; failures: " + losers);
        assertEquals(1, losers.size());
        assertInstanceOf(OneToOneConflictException.class, losers.get(0));
        assertEquals(List.of(winners.get(0)), profiles.findAll());
    }
}
