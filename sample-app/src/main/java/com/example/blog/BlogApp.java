package com.example.blog;

import dev.relata.ChoiceNotAllowedException;
import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The Django one-to-one tutorial, run on an embedded in-memory H2 database: the chain
 * User -> Profile -> Page -> Like, a page's comments (a foreign key: many per page), the
 * related-object accessors, and what the database refuses
 * (a second profile, a non-staff user, a protected delete) or does for you (a cascade). With
 * {@code --schema} it ends with the DDL it ran.
 *
 * <p>{@code UserDao}, {@code ProfileDao}, ... and {@code RelataSchema} are generated at compile
 * time from the {@code @Model} records of this package.
 */
public final class BlogApp {
    private final Database db;
    private final UserDao userDao;
    private final ProfileDao profileDao;
    private final PageDao pageDao;
    private final LikeDao likeDao;
    private final WalletDao walletDao;
    private final CommentDao commentDao;

    /** Flag that prints the DDL at the end: {@code mvn -q -pl sample-app -am compile exec:java -Dexec.args=--schema}. */
    static final String SCHEMA_FLAG = "--schema";

    private BlogApp(Database db) {
        this.db = db;
        this.userDao = new UserDao(db);
        this.profileDao = new ProfileDao(db);
        this.pageDao = new PageDao(db);
        this.likeDao = new LikeDao(db);
        this.walletDao = new WalletDao(db);
        this.commentDao = new CommentDao(db);
    }

    public static void main(String[] args) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:blog");
        // An in-memory H2 database lives as long as a connection to it is open: hold one for the
        // whole run, and the database is gone when it is closed.
        Connection keepAlive = dataSource.getConnection();
        try {
            new BlogApp(Database.of(dataSource, Dialect.H2)).run(List.of(args).contains(SCHEMA_FLAG));
        } finally {
            keepAlive.close();
        }
    }

    private void run(boolean showSchema) {
        System.out.println("Relata sample: the Django one-to-one tutorial on an in-memory H2 database");
        int statements = createSchema();
        System.out.println("RelataSchema.create(db) made the tables with " + statements + " statements"
                + (showSchema ? "; they are printed at the end" : " (run with " + SCHEMA_FLAG + " to print them)"));

        section("Users");
        User ada = userDao.insert(new User(0, "ada", true));
        User grace = userDao.insert(new User(0, "grace", true));
        User linus = userDao.insert(new User(0, "linus", false));
        show("userDao.insert", ada);
        show("userDao.insert", grace);
        show("userDao.insert", linus);

        Chain chain = insertChain(ada);
        showRelatedObjects(chain);
        showComments(chain);
        showFinders();
        showOneProfilePerUser(ada);
        showLimitChoicesTo(linus);
        showCascade(ada);
        showProtect(grace);
        if (showSchema) {
            showSchema();
        }
    }

    /** Creates the tables of this package's models; returns how many statements that took. */
    private int createSchema() {
        RelataSchema.create(db);
        return RelataSchema.statements(Dialect.H2).size();
    }

    /** The DDL that {@link #createSchema} ran, as the processor generated it from the records. */
    private static void showSchema() {
        section("Schema: RelataSchema.statements(Dialect.H2)");
        RelataSchema.statements(Dialect.H2).forEach(System.out::println);
    }

    /** The rows of the tutorial's chain. */
    private record Chain(User user, Profile profile, Page page, Like like) {}

    /** The tutorial's chain: ada -> her profile -> its page -> that page's likes. */
    private Chain insertChain(User ada) {
        section("The chain User -> Profile -> Page -> Like, for ada");
        Profile profile = profileDao.insert(new Profile(0, ada.id(), "Ada Lovelace", "London"));
        show("profileDao.insert", profile);
        // Like extends Page (multi-table inheritance): inserting the Like writes its Page row too.
        Like like = likeDao.insert(new Like(new Page(0, profile.id(), "Notes on the Analytical Engine"), 42));
        show("likeDao.insert", like);
        System.out.println("(a Like is a Page: one insert wrote the page row and the like row)");
        return new Chain(ada, profile, like.page(), like);
    }

    /** Django's user.profile, profile.user, profile.page, page.like and like.profile. */
    private void showRelatedObjects(Chain chain) {
        section("Related objects");
        show("userDao.profile(ada)", userDao.profile(chain.user()));
        show("profileDao.user(profile)", profileDao.user(chain.profile()));
        show("profileDao.page(profile)", profileDao.page(chain.profile()));
        show("pageDao.like(page)", pageDao.like(chain.page()));
        show("likeDao.profile(like)", likeDao.profile(chain.like()));
    }

    /** A foreign key: many comments on one page, listed by key, and a page without any. */
    private void showComments(Chain chain) {
        section("A ForeignKey: many comments per page");
        Comment first = commentDao.insert(new Comment(0, chain.page().id(), "grace", "Loops, at last."));
        Comment second = commentDao.insert(new Comment(0, chain.page().id(), "linus", "Patches welcome."));
        show("commentDao.insert", first);
        show("commentDao.insert", second);
        show("commentDao.page(first)", commentDao.page(first).pageName());
        show("pageDao.commentList(page)", pageDao.commentList(chain.page()).stream().map(Comment::author).toList());
        show("pageDao.commentListFor", pageDao.commentListFor(List.of(chain.page())).values().stream()
                .map(List::size).toList());
        System.out.println("(no UNIQUE on comment.page_id: a page has any number of comments, listed by key)");
    }

    /** Queries beyond keys, declared on interfaces and implemented by the DAOs, across links. */
    private void showFinders() {
        section("Finders: @Where and @OrderBy");
        ProfileFinders profiles = profileDao;
        LikeFinders likes = likeDao;
        show("profiles.inCity(\"London\")", profiles.inCity("London"));
        show("profiles.ofUsername(\"ada\")", profiles.ofUsername("ada"));
        show("profiles.ofUsername(\"linus\")", profiles.ofUsername("linus"));
        show("likes.countOf(\"ada\", 10)", likes.countOf("ada", 10));
    }

    /** The UNIQUE constraint on profile.user_id: a user has at most one profile. */
    private void showOneProfilePerUser(User ada) {
        section("One user, one profile");
        refused("a second profile for ada", OneToOneConflictException.class,
                () -> profileDao.insert(new Profile(0, ada.id(), "Augusta Ada King", "Marylebone")));
        show("profileDao.count()", profileDao.count());
    }

    /** limitChoicesTo = "isStaff = true": Django's limit_choices_to={'is_staff': True}. */
    private void showLimitChoicesTo(User linus) {
        section("limitChoicesTo = \"isStaff = true\"");
        String choices = profileDao.userChoices().stream().map(User::username).collect(Collectors.joining(", "));
        show("profileDao.userChoices()", "[" + choices + "]");
        System.out.println("(ada already has a profile; linus is not staff)");
        refused("a profile for linus", ChoiceNotAllowedException.class,
                () -> profileDao.insert(new Profile(0, linus.id(), "Linus", "Helsinki")));
        show("profileDao.count()", profileDao.count());
    }

    /** Deleting ada deletes her profile, its page, that page's like and its comments, in the database. */
    private void showCascade(User ada) {
        section("onDelete = CASCADE: delete ada");
        counts("rows before:");
        show("userDao.delete(ada)", userDao.delete(ada));
        counts("rows after: ");
    }

    /** A user whose wallet still exists cannot be deleted; not even her profile goes. */
    private void showProtect(User grace) {
        section("onDelete = PROTECT: a user with a wallet cannot be deleted");
        show("profileDao.insert", profileDao.insert(new Profile(0, grace.id(), "Grace Hopper", "Arlington")));
        Wallet wallet = walletDao.insert(new Wallet(0, grace.id(), 2_500));
        show("walletDao.insert", wallet);
        counts("rows before:");
        refused("userDao.delete(grace)", ProtectedException.class, () -> userDao.delete(grace));
        counts("rows after: ");
        System.out.println("(nothing was deleted, not even the profile the delete would have cascaded to)");
        show("walletDao.delete(wallet)", walletDao.delete(wallet));
        show("userDao.delete(grace)", userDao.delete(grace));
        counts("rows after: ");
    }

    private void counts(String label) {
        System.out.println(label + " User " + userDao.count() + ", Profile " + profileDao.count()
                + ", Page " + pageDao.count() + ", Like " + likeDao.count() + ", Comment " + commentDao.count()
                + ", Wallet " + walletDao.count());
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title + " ==");
    }

    /** One fact: what was called, and what it gave; an empty Optional shows as (none). */
    private static void show(String what, Object value) {
        Object shown = value;
        if (value instanceof Optional<?> optional) {
            shown = optional.isPresent() ? optional.get() : "(none)";
        }
        System.out.printf("%-26s -> %s%n", what, shown);
    }

    /** Runs an attempt that must be refused with the given exception, and shows the refusal. */
    private static void refused(String what, Class<? extends RuntimeException> expected, Runnable attempt) {
        try {
            attempt.run();
        } catch (RuntimeException e) {
            if (!expected.isInstance(e)) {
                throw e;
            }
            System.out.printf("%-26s -> refused, %s: %s%n", what, e.getClass().getSimpleName(), e.getMessage());
            return;
        }
        throw new IllegalStateException(what + " should have been refused with " + expected.getSimpleName());
    }
}
