package dev.relata.it.blog;

import dev.relata.Database;

/** Creates the rows blog tests start from, through the generated DAOs. */
public final class BlogData {
    private final UserDao users;
    private final ProfileDao profiles;
    private final PageDao pages;
    private final LikeDao likes;

    public BlogData(Database db) {
        this.users = new UserDao(db);
        this.profiles = new ProfileDao(db);
        this.pages = new PageDao(db);
        this.likes = new LikeDao(db);
    }

    /** A new staff user: one that {@code Profile.user}'s {@code limitChoicesTo} accepts. */
    public User staff(String username) {
        return users.insert(new User(0, username, true));
    }

    /** A new user who is not staff. */
    public User nonStaff(String username) {
        return users.insert(new User(0, username, false));
    }

    /** A new profile for the (staff) user. */
    public Profile profileOf(User user) {
        return profiles.insert(new Profile(0, user.id(), "Name of " + user.username(), "Lyon"));
    }

    /** A new staff user with a new profile. */
    public Profile newProfile(String username) {
        return profileOf(staff(username));
    }

    /** A new page of the profile. */
    public Page pageOf(Profile profile, String pageName) {
        return pages.insert(new Page(0, profile.id(), pageName));
    }

    /** A new like (and with it, its page) of the profile. */
    public Like likeOf(Profile profile, String pageName, int count) {
        return likes.insert(new Like(new Page(0, profile.id(), pageName), count));
    }
}
