package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Paging;
import dev.relata.RelataException;
import dev.relata.RowMapper;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finders over the seed's chain User - Profile - Page - Like: conditions on components, forward
 * and reverse paths, components inherited through {@code @Parent}, ordering, paging and every
 * return type, each one statement with every value bound.
 */
class FindersTest {
    /** Values that would break a statement they were written into, or match too much as patterns. */
    private static final List<String> HOSTILE = List.of("O'Brien", "x' OR '1'='1", "'; DROP TABLE {user}; --",
            "back\\slash", "100%", "under_score", "\"quoted\"", "ünïcødé ☃", "");

    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final PageDao pages = new PageDao(database.db());
    final LikeDao likes = new LikeDao(database.db());
    final BlogData blog = new BlogData(database.db());

    /** The DAO through the interface, as users hold it. */
    final ProfileFinders profileFinders = profiles;
    final UserFinders userFinders = users;
    final LikeFinders likeFinders = likes;

    private Profile profile(String username, String name, String city) {
        return profiles.insert(new Profile(0, blog.staff(username).id(), name, city));
    }

    @Test
    void listOfAComponentIsOrderedByTheOrderBy() {
        Profile cy = profile("cy", "Cy", "London");
        Profile ada = profile("ada", "Ada", "London");
        profile("bob", "Bob", "Paris");
        Profile ann = profile("ann", "Ann", "London");

        assertEquals(List.of(ada, ann, cy), profileFinders.inCity("London"));
        assertEquals(List.of(), profileFinders.inCity("Rome"));
    }

    @Test
    void rowsThatOrderAlikeComeInKeyOrder() {
        Profile first = profile("ada", "Same", "London");
        Profile second = profile("bob", "Same", "London");
        Profile third = profile("cy", "Same", "London");

        assertEquals(List.of(first, second, third), profileFinders.inCity("London"));
    }

    @Test
    void optionalThroughAForwardLink() {
        Profile ada = profile("ada", "Ada", "London");
        profile("bob", "Bob", "London");

        assertEquals(Optional.of(ada), profileFinders.ofUsername("ada"));
        assertEquals(Optional.empty(), profileFinders.ofUsername("nobody"));
    }

    @Test
    void optionalWithASecondMatchingRowIsAnErrorNamingTheFinder() {
        profile("twin", "One", "London");
        profile("twin", "Two", "Paris");

        RelataException e = assertThrows(RelataException.class, () -> profileFinders.ofUsername("twin"));

        assertTrue(e.getMessage().contains("ProfileFinders.ofUsername"), e.getMessage());
        assertTrue(e.getMessage().contains("more than one"), e.getMessage());
    }

    @Test
    void countThroughAForwardLinkAndAComponent() {
        profile("ada", "Ada", "London");
        profile("bob", "Bob", "Paris");
        profile("cy", "Cy", "Rome");
        User dan = users.insert(new User(0, "dan", true));
        Profile dans = profiles.insert(new Profile(0, dan.id(), "Dan", "Oslo"));
        users.update(new User(dan.id(), "dan", false)); // no longer staff: the link stays
        assertEquals(dans, profiles.findById(dans.id()).orElseThrow());

        assertEquals(2, profileFinders.countByStaffOutside(true, "London"));
        assertEquals(1, profileFinders.countByStaffOutside(false, "London"));
        assertEquals(0, profileFinders.countByStaffOutside(false, "Oslo"));
    }

    @Test
    void existsIsTrueOnlyWhenARowMatches() {
        profile("ada", "Ada", "London");

        assertTrue(profileFinders.anyIn("London"));
        assertFalse(profileFinders.anyIn("Paris"));
    }

    @Test
    void inACollectionOrderedByComponentAndPath() {
        Profile ada = profile("ada", "Ada", "London");
        Profile bob = profile("bob", "Bob", "Paris");
        Profile cy = profile("cy", "Cy", "London");
        profile("dan", "Dan", "Rome");

        assertEquals(List.of(bob, ada, cy), profileFinders.inCities(List.of("London", "Paris", "Oslo")));
        assertEquals(List.of(bob), profileFinders.inCities(Set.of("Paris")));
        assertEquals(List.of(), profileFinders.inCities(List.of()));
    }

    @Test
    void likeMatchesAPattern() {
        Profile ada = profile("ada", "Ada Lovelace", "London");
        Profile adam = profile("adam", "Adam Smith", "London");
        profile("bob", "Bob", "London");

        assertEquals(List.of(ada, adam), profileFinders.named("Ada%"));
        assertEquals(List.of(adam), profileFinders.named("%Smith"));
        assertEquals(List.of(), profileFinders.named("Ada"));
    }

    /**
     * Only % and _ are wildcards: a backslash (each database's default escape for LIKE) and every
     * other character stand for themselves, the same on every database.
     */
    @Test
    void likeHasNoEscapeCharacterButItsWildcards() {
        Profile path = profile("path", "C:\\dir", "London");
        Profile back = profile("back", "Back\\", "London");
        Profile percent = profile("percent", "100% sure", "London");
        Profile bang = profile("bang", "Hi!_there", "London");

        assertEquals(List.of(path), profileFinders.named("C:\\%"));
        assertEquals(List.of(path), profileFinders.named("C:\\dir"));
        assertEquals(List.of(back), profileFinders.named("Back\\"));
        assertEquals(List.of(), profileFinders.named("100\\%"));
        assertEquals(List.of(percent), profileFinders.named("100%"));
        assertEquals(List.of(bang), profileFinders.named("Hi!_%"));
        assertEquals(List.of(bang), profileFinders.named("%!%"));
        assertEquals(List.of(), profileFinders.named("Hi!!%"));
    }

    @Test
    void pagesCoverEveryRowOnceInOrder() {
        List<Profile> all = new ArrayList<>();
        for (String name : List.of("E", "B", "D", "A", "C", "G", "F")) {
            all.add(profile(name.toLowerCase(java.util.Locale.ROOT), name, "London"));
        }
        all.sort(java.util.Comparator.comparing(Profile::name));

        List<Profile> paged = new ArrayList<>();
        for (Paging page = Paging.first(3); ; page = page.next()) {
            List<Profile> rows = profileFinders.byName(page);
            paged.addAll(rows);
            if (rows.size() < 3) {
                break;
            }
        }

        assertEquals(all, paged);
        assertEquals(all.subList(3, 6), profileFinders.byName(new Paging(3, 3)));
        assertEquals(List.of(), profileFinders.byName(new Paging(10, 3)));
    }

    @Test
    void orJoinsWithoutLosingRowsThatHaveNoLinkedRow() {
        Profile ada = profile("ada", "Ada", "London");
        blog.pageOf(ada, "home");
        Profile bob = profile("bob", "Bob", "Paris"); // no page, in Paris
        profile("cy", "Cy", "Rome");

        assertEquals(List.of(bob, ada), profileFinders.withPageOrInParis("home"));
    }

    @Test
    void reversePathFromUserToItsProfile() {
        Profile ada = profile("ada", "Ada", "London");
        Profile bob = profile("bob", "Bob", "Paris");
        Profile cy = profile("cy", "Cy", "London");
        User lonely = blog.staff("lonely");

        assertEquals(List.of(users.findById(ada.user()).orElseThrow(), users.findById(cy.user()).orElseThrow()),
                userFinders.livingIn("London"));
        assertEquals(List.of(users.findById(bob.user()).orElseThrow()), userFinders.livingIn("Paris"));
        assertEquals(List.of(lonely), userFinders.withoutProfile());
    }

    @Test
    void orderingByAPathKeepsRowsWithoutTheLinkedRow() {
        Profile bob = profile("bob", "Bob", "Paris");
        Profile ada = profile("ada", "Ada", "London");
        User lonely = blog.staff("lonely");

        List<User> ordered = userFinders.byCity();

        assertEquals(3, ordered.size());
        assertTrue(ordered.contains(lonely)); // first or last: where nulls sort is the database's choice
        assertEquals(List.of(users.findById(ada.user()).orElseThrow(), users.findById(bob.user()).orElseThrow()),
                ordered.stream().filter(user -> !user.equals(lonely)).toList());
    }

    @Test
    void threeReverseHopsFromUserToLikes() {
        Profile ada = profile("ada", "Ada", "London");
        Profile bob = profile("bob", "Bob", "London");
        Profile cy = profile("cy", "Cy", "London");
        blog.likeOf(ada, "home", 5);
        blog.likeOf(bob, "home", 50);
        blog.pageOf(cy, "home"); // a page without a like

        assertEquals(List.of(users.findById(bob.user()).orElseThrow(), users.findById(ada.user()).orElseThrow()),
                userFinders.likedAtLeast(5));
        assertEquals(List.of(users.findById(bob.user()).orElseThrow()), userFinders.likedAtLeast(6));
    }

    @Test
    void inheritedComponentsAndTwoHopsThroughTheParentsLink() {
        Profile ada = profile("ada", "Ada", "London");
        Profile bob = profile("bob", "Bob", "Paris");
        Profile cy = profile("cy", "Cy", "London");
        Like adaHome = blog.likeOf(ada, "home", 3);
        Like bobHome = blog.likeOf(bob, "home", 30);
        Like cyBlog = blog.likeOf(cy, "blog", 7);

        assertEquals(List.of(bobHome, adaHome), likeFinders.onPage("home"));
        assertEquals(1, likeFinders.countOf("ada", 2));
        assertEquals(0, likeFinders.countOf("ada", 3));
        assertEquals(List.of(adaHome, cyBlog), likeFinders.inCity("London"));
    }

    @Test
    void hostileStringsAreValuesNotSql() {
        for (String value : HOSTILE) {
            profile("u" + HOSTILE.indexOf(value), value, value);
        }

        for (String value : HOSTILE) {
            List<Profile> found = profileFinders.inCity(value);
            assertEquals(1, found.size(), value);
            assertEquals(value, found.get(0).city());
            assertEquals(Optional.of(found.get(0)), profileFinders.ofUsername("u" + HOSTILE.indexOf(value)));
        }
        assertEquals(HOSTILE.size(), profileFinders.inCities(HOSTILE).size());
        assertEquals(List.of(), profileFinders.named("x' OR '1'='1' --"));
        assertEquals(HOSTILE.size(), users.count());
    }

    @Test
    void hostileUsernamesThroughAPath() {
        for (String value : HOSTILE) {
            profiles.insert(new Profile(0, blog.staff(value).id(), "p", "c"));
        }

        for (String value : HOSTILE) {
            assertEquals(value, profiles.user(profileFinders.ofUsername(value).orElseThrow()).username(), value);
        }
    }

    @Test
    void rowMapperReadsTheRowsOfTheUsersOwnSql() {
        Profile ada = profile("ada", "Ada", "London");
        profile("bob", "Bob", "Paris");
        RowMapper<Profile> mapper = profiles.rowMapper();
        String city = database.dialect().quote("city");

        List<Profile> found = database.db().withConnection(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(profiles.selectSql() + " WHERE t0." + city + " = ?")) {
                ps.setString(1, "London");
                try (ResultSet rs = ps.executeQuery()) {
                    List<Profile> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            }
        });

        assertEquals(List.of(ada), found);
    }

    @Test
    void rowMapperOfAChildReadsItsParentsColumnsToo() {
        Like like = blog.likeOf(profile("ada", "Ada", "London"), "home", 4);

        List<Like> found = database.db().withConnection(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(likes.selectSql());
                    ResultSet rs = ps.executeQuery()) {
                List<Like> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(likes.rowMapper().map(rs));
                }
                return rows;
            }
        });

        assertEquals(List.of(like), found);
    }

    @Test
    void eachFinderCallIsOneStatement() {
        Profile ada = profile("ada", "Ada", "London");
        blog.likeOf(ada, "home", 5);

        long before = database.roundTrips();
        profileFinders.inCities(List.of("London", "Paris"));
        userFinders.likedAtLeast(1);
        likeFinders.inCity("London");
        profileFinders.byName(Paging.first(2));

        assertEquals(4, database.roundTrips() - before);
    }
}
