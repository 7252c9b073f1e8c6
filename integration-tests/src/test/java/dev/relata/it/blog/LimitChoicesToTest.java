package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.ChoiceNotAllowedException;
import dev.relata.IntegrityException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's {@code limit_choices_to={'is_staff': True}} on {@code Profile.user}, written
 * {@code limitChoicesTo = "isStaff = true"}: Django applies it to forms and validation; here every
 * write checks it, and {@code userChoices()} lists what may be chosen.
 */
class LimitChoicesToTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());
    final ProfileDao profiles = new ProfileDao(database.db());
    final BlogData blog = new BlogData(database.db());

    @Test
    void insertLinkingAStaffUserIsAllowed() {
        User ada = blog.staff("ada");

        Profile profile = profiles.insert(new Profile(0, ada.id(), "Ada", "London"));

        assertEquals(Optional.of(profile), users.profile(ada));
    }

    @Test
    void insertLinkingAUserWhoIsNotStaffIsRefusedAndWritesNothing() {
        User bob = blog.nonStaff("bob");

        ChoiceNotAllowedException refused = assertThrows(ChoiceNotAllowedException.class,
                () -> profiles.insert(new Profile(0, bob.id(), "Bob", "Paris")));

        assertEquals("Profile", refused.model());
        assertEquals("user", refused.relation());
        assertEquals(Long.valueOf(bob.id()), refused.targetKey());
        assertEquals(0, profiles.count());
    }

    @Test
    void insertLinkingAUserThatDoesNotExistIsRefusedAndWritesNothing() {
        User ada = blog.staff("ada");

        IntegrityException refused = assertThrows(IntegrityException.class,
                () -> profiles.insert(new Profile(0, ada.id() + 1000, "Nobody", "Nowhere")));

        // The same refusal as without the condition: the target is missing, not excluded by it.
        assertEquals(IntegrityException.class, refused.getClass());
        assertEquals("'Profile.user' links to no existing User; nothing was written.", refused.getMessage());
        assertEquals(0, profiles.count());
    }

    @Test
    void insertAllWithOneUserWhoIsNotStaffIsRefusedAndWritesNothing() {
        User ada = blog.staff("ada");
        User bob = blog.nonStaff("bob");
        User cy = blog.staff("cy");

        ChoiceNotAllowedException refused = assertThrows(ChoiceNotAllowedException.class, () -> profiles.insertAll(List.of(
                new Profile(0, ada.id(), "Ada", "London"),
                new Profile(0, bob.id(), "Bob", "Paris"),
                new Profile(0, cy.id(), "Cy", "Rome"))));

        assertEquals("user", refused.relation());
        assertEquals(Long.valueOf(bob.id()), refused.targetKey());
        assertEquals(0, profiles.count());
    }

    @Test
    void updateLinkingAUserWhoIsNotStaffIsRefusedAndChangesNothing() {
        Profile profile = blog.newProfile("ada");
        User bob = blog.nonStaff("bob");

        ChoiceNotAllowedException refused = assertThrows(ChoiceNotAllowedException.class,
                () -> profiles.update(new Profile(profile.id(), bob.id(), "Bob", "Paris")));

        assertEquals(Long.valueOf(bob.id()), refused.targetKey());
        assertEquals(Optional.of(profile), profiles.findById(profile.id()));
    }

    @Test
    void userChoicesAreTheStaffUsersNotYetLinkedOrderedByKey() {
        User ada = blog.staff("ada");
        blog.nonStaff("bob");
        User cy = blog.staff("cy");
        User dee = blog.staff("dee");
        blog.nonStaff("eve");
        blog.profileOf(cy);

        assertEquals(List.of(ada, dee), profiles.userChoices());
    }

    @Test
    void userChoicesIsEmptyWhenEveryStaffUserIsLinked() {
        blog.newProfile("ada");
        blog.nonStaff("bob");

        assertEquals(List.of(), profiles.userChoices());
    }

    @Test
    void aUserWhoBecomesStaffBecomesAChoice() {
        User bob = blog.nonStaff("bob");
        assertEquals(List.of(), profiles.userChoices());

        User promoted = new User(bob.id(), bob.username(), true);
        users.update(promoted);

        assertEquals(List.of(promoted), profiles.userChoices());
    }

    @Test
    void aUserFreedByDeletingItsProfileIsAChoiceAgain() {
        User ada = blog.staff("ada");
        Profile profile = blog.profileOf(ada);
        assertEquals(List.of(), profiles.userChoices());

        profiles.delete(profile);

        assertEquals(List.of(ada), profiles.userChoices());
    }
}
