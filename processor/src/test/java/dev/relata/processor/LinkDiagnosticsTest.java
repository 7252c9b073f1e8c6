package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Compilations.assertNoDao;
import static dev.relata.processor.Compilations.assertOnlyErrors;
import static dev.relata.processor.Compilations.assertThat;
import static dev.relata.processor.Compilations.assertWellReported;
import static dev.relata.processor.Compilations.compile;
import static dev.relata.processor.Compilations.compileStrictly;

import dev.relata.processor.Compilations.Compiled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a {@code @OneToOneField} must say: a model to link to, with its key's type, and a valid delete rule. */
class LinkDiagnosticsTest {
    private static final Source USER = Source.model("test.User", """
            @Model
            public record User(@Id long id, String username, boolean isStaff) {}
            """);

    @Test
    void withoutOnDelete() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class) long user,
                        String name) {}
                """);

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:missing-on-delete");
        assertThat(compilation)
                .hadErrorContaining("[relata:missing-on-delete] @OneToOneField Profile.user has no onDelete: say what"
                        + " happens to Profile rows when the User they link to is deleted. Fix: Add onDelete = one of:"
                        + " OnDelete.CASCADE (delete the Profile too), OnDelete.PROTECT (refuse to delete the User),"
                        + " OnDelete.RESTRICT (refuse, unless the same delete also removes the Profile), OnDelete.SET_NULL"
                        + " (set user to null; needs @Nullable), OnDelete.SET_DEFAULT (set user to its @Default),"
                        + " OnDelete.DO_NOTHING (leave it to the database's foreign key, which refuses the delete).")
                .inFile(profile.file()).onLine(profile.line("@OneToOneField")).atColumn(profile.column("@OneToOneField"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void withAnEmptyOnDelete() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = {}) long user) {}
                """);

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:missing-on-delete");
        assertThat(compilation)
                .hadErrorContaining("[relata:missing-on-delete] @OneToOneField Profile.user has no onDelete")
                .inFile(profile.file()).onLine(profile.line("@OneToOneField"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void withTwoOnDeleteRules() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = {OnDelete.CASCADE, OnDelete.PROTECT}) long user) {}
                """);

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:multiple-on-delete");
        assertThat(compilation)
                .hadErrorContaining("[relata:multiple-on-delete] @OneToOneField Profile.user gives 2 onDelete rules; a"
                        + " link has exactly one. Fix: Keep one, for example onDelete = OnDelete.CASCADE.")
                .inFile(profile.file()).onLine(profile.line("long user")).atColumn(profile.column("{OnDelete"));
        assertNoDao(compilation, "test.Profile");
    }

    @ParameterizedTest(name = "to = {0}.class")
    @CsvSource({"String, java.lang.String", "Plain, test.Plain", "Color, test.Color", "Runnable, java.lang.Runnable"})
    void toSomethingElseThanAModel(String type, String shown) {
        Source plain = Source.model("test.Plain", "public record Plain(long id) {}\n");
        Source color = Source.model("test.Color", "public enum Color { RED }\n");
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(\n        @Id long id,\n"
                + "        @OneToOneField(to = " + type + ".class, onDelete = OnDelete.CASCADE) long user) {}\n");

        Compiled compilation = compile(plain, color, profile);

        assertOnlyErrors(compilation, "relata:target-not-model");
        assertThat(compilation)
                .hadErrorContaining("[relata:target-not-model] @OneToOneField Profile.user points to " + shown + ", which is"
                        + " not a @Model record. Fix: Set `to` to a record annotated with @Model.")
                .inFile(profile.file()).onLine(profile.line(type + ".class"));
        assertNoDao(compilation, "test.Profile");
    }

    @ParameterizedTest(name = "{0} user")
    @CsvSource({"String, java.lang.String", "int, int", "Integer, java.lang.Integer", "java.util.UUID, java.util.UUID"})
    void typeThatIsNotTheTargetsKeyType(String type, String shown) {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(\n        @Id long id,\n"
                + "        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE)\n        " + type + " user) {}\n");

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:link-type-mismatch");
        assertThat(compilation)
                .hadErrorContaining("[relata:link-type-mismatch] Profile.user has type " + shown + ", but it links to User,"
                        + " whose key User.id has type long. Fix: Declare Profile.user as long (or Long, for a nullable"
                        + " link).")
                .inFile(profile.file()).onLine(profile.line(type + " user"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void typeThatIsNotTheKeyTypeOfAnInheritingTarget() {
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Id java.util.UUID id, String title) {}\n");
        Source like = Source.model("test.Like", "@Model\npublic record Like(@Parent Page page, int likes) {}\n");
        Source badge = Source.model("test.Badge", """
                @Model
                public record Badge(
                        @Id long id,
                        @OneToOneField(to = Like.class, onDelete = OnDelete.CASCADE) long like) {}
                """);

        Compiled compilation = compile(page, like, badge);

        assertOnlyErrors(compilation, "relata:link-type-mismatch");
        assertThat(compilation)
                .hadErrorContaining("[relata:link-type-mismatch] Badge.like has type long, but it links to Like, whose key"
                        + " Page.id has type java.util.UUID. Fix: Declare Badge.like as java.util.UUID.")
                .inFile(badge.file()).onLine(badge.line("long like"));
        assertNoDao(compilation, "test.Badge");
    }

    @Test
    void linkToTheParent() {
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Id long id, String title) {}\n");
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent Page page,
                        @OneToOneField(to = Page.class, onDelete = OnDelete.CASCADE) long likedPage,
                        int likes) {}
                """);

        Compiled compilation = compile(page, like);

        assertOnlyErrors(compilation, "relata:redundant-parent-link");
        assertThat(compilation)
                .hadErrorContaining("[relata:redundant-parent-link] @OneToOneField Like.likedPage links Like to Page, but"
                        + " Like already inherits from Page through @Parent Like.page, which creates the one-to-one link"
                        + " `page_ptr_id`. Fix: Remove Like.likedPage: Like's key is its Page's key, and the generated DAOs"
                        + " already offer the link.")
                .inFile(like.file()).onLine(like.line("long likedPage")).atColumn(like.column("@OneToOneField"));
        assertNoDao(compilation, "test.Like");
    }

    @Test
    void linkToAnAncestorOfTheParent() {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(@Id long id, String name) {}\n");
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Parent Profile profile, String pageName) {}\n");
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent Page page,
                        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long likedProfile,
                        int likes) {}
                """);

        Compiled compilation = compile(profile, page, like);

        assertOnlyErrors(compilation, "relata:redundant-parent-link");
        assertThat(compilation)
                .hadErrorContaining("[relata:redundant-parent-link] @OneToOneField Like.likedProfile links Like to Profile,"
                        + " but Like already inherits from Profile through @Parent Like.page")
                .inFile(like.file()).onLine(like.line("long likedProfile"));
        assertNoDao(compilation, "test.Like");
    }

    @Test
    void linkToAModelThatTheParentLinksToIsNotRedundant() {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(@Id long id, String name) {}\n");
        Source page = Source.model("test.Page", """
                @Model
                public record Page(
                        @Id long id,
                        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
                        String pageName) {}
                """);
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent Page page,
                        @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long fan,
                        int likes) {}
                """);

        Compiled compilation = compileStrictly(profile, page, like);

        assertThat(compilation).succeededWithoutWarnings();
        assertWithMessage("generated").that(compilation.generatedTypes())
                .containsAtLeast("test.ProfileDao", "test.PageDao", "test.LikeDao", "test.RelataSchema");
    }

    @ParameterizedTest(name = "{0} user")
    @CsvSource({"long", "Long", "@org.jspecify.annotations.NonNull Long"})
    void setNullOnALinkThatCannotBeNull(String type) {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(\n        @Id long id,\n"
                + "        @OneToOneField(to = User.class, onDelete = OnDelete.SET_NULL) " + type + " user) {}\n");

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:set-null-not-nullable");
        assertThat(compilation)
                .hadErrorContaining("[relata:set-null-not-nullable] Profile.user specifies onDelete = SET_NULL, but cannot"
                        + " be null. Fix: Declare it as a box annotated with @Nullable (for example `@Nullable Long user`),"
                        + " or change the onDelete rule.")
                .inFile(profile.file()).onLine(profile.line(" user)")).atColumn(profile.column(".SET_NULL"));
        assertNoDao(compilation, "test.Profile");
    }

    /** Django's fields.E007: a primary key cannot be null, so SET_NULL cannot apply to a primary-key link. */
    @ParameterizedTest(name = "{0} user")
    @CsvSource({"long", "@org.jspecify.annotations.Nullable Long"})
    void setNullOnALinkThatIsThePrimaryKey(String type) {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(\n"
                + "        @Id @OneToOneField(to = User.class, onDelete = OnDelete.SET_NULL) " + type + " user,\n"
                + "        String bio) {}\n");

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:set-null-on-key");
        assertThat(compilation)
                .hadErrorContaining("[relata:set-null-on-key] Profile.user is the primary key of Profile and specifies"
                        + " onDelete = SET_NULL, but a primary key cannot be null. Fix: Use onDelete = CASCADE (the Profile"
                        + " goes with its target, as a primary-key link usually does), PROTECT or RESTRICT; or make user an"
                        + " ordinary link beside a key of its own.")
                .inFile(profile.file()).onLine(profile.line(" user,")).atColumn(profile.column(".SET_NULL"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void setDefaultWithoutADefault() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.SET_DEFAULT) long user) {}
                """);

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:set-default-no-default");
        assertThat(compilation)
                .hadErrorContaining("[relata:set-default-no-default] Profile.user specifies onDelete = SET_DEFAULT, but has"
                        + " no default value. Fix: Add @Default(\"...\") with the key of the row to link to instead, or"
                        + " change the onDelete rule.")
                .inFile(profile.file()).onLine(profile.line("long user")).atColumn(profile.column(".SET_DEFAULT"));
        assertNoDao(compilation, "test.Profile");
    }

    @ParameterizedTest(name = "relatedName = \"{0}\"")
    @CsvSource({"class", "my profile", "1st", "profile()", "true"})
    void relatedNameThatIsNotAMethodName(String relatedName) {
        Source profile = Source.model("test.Profile", "@Model\npublic record Profile(\n        @Id long id,\n"
                + "        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE,\n"
                + "                relatedName = \"" + relatedName + "\") long user) {}\n");

        Compiled compilation = compile(USER, profile);

        assertOnlyErrors(compilation, "relata:invalid-related-name");
        assertThat(compilation)
                .hadErrorContaining("[relata:invalid-related-name] relatedName \"" + relatedName + "\" on Profile.user is"
                        + " not a Java method name. Fix: Use a Java identifier that is not a keyword, or \"+\" for no"
                        + " reverse accessor.")
                .inFile(profile.file()).onLine(profile.line("relatedName")).atColumn(profile.column("\"" + relatedName));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void linkFromAPackagePrivateModelToAnotherPackage() {
        Source user = Source.model("accounts.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("blog.Profile", """
                @Model
                record Profile(
                        @Id long id,
                        @OneToOneField(to = accounts.User.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compile(user, profile);

        assertOnlyErrors(compilation, "relata:cross-package-not-public");
        assertThat(compilation)
                .hadErrorContaining("[relata:cross-package-not-public] Profile links to User in another package, but"
                        + " Profile is not public, so UserDao cannot use it. Fix: Make Profile public, or move both models"
                        + " into one package.")
                .inFile(profile.file()).onLine(profile.line("long user"));
        assertNoDao(compilation, "blog.Profile");
        assertNoDao(compilation, "accounts.User");
    }

    @Test
    void hiddenLinkFromAPackagePrivateModelToAnotherPackage() {
        Source user = Source.model("accounts.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("blog.Profile", """
                @Model
                record Profile(
                        @Id long id,
                        @OneToOneField(to = accounts.User.class, onDelete = OnDelete.CASCADE, relatedName = "+")
                        long user) {}
                """);

        Compiled compilation = compileStrictly(user, profile);

        assertThat(compilation).succeededWithoutWarnings();
        assertWithMessage("generated").that(compilation.generatedTypes())
                .containsAtLeast("accounts.UserDao", "blog.ProfileDao");
    }

    @Test
    void linkToAPackagePrivateModelOfAnotherPackage() {
        Source user = Source.model("accounts.User", "@Model\nrecord User(@Id long id, String username) {}\n");
        Source profile = Source.model("blog.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = accounts.User.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compile(user, profile);

        assertWellReported(compilation);
        assertThat(compilation).hadErrorContaining("not public").inFile(profile.file()).onLine(profile.line("long user"));
        assertNoDao(compilation, "blog.Profile");
    }

    @Test
    void childInAnotherPackageThatIsNotPublic() {
        Source page = Source.model("site.Page", "@Model\npublic record Page(@Id long id, String title) {}\n");
        Source like = Source.model("votes.Like", """
                @Model
                record Like(
                        @Parent site.Page page,
                        int likes) {}
                """);

        Compiled compilation = compile(page, like);

        assertOnlyErrors(compilation, "relata:cross-package-not-public");
        assertThat(compilation)
                .hadErrorContaining("[relata:cross-package-not-public] Like links to Page in another package, but Like is"
                        + " not public, so PageDao cannot use it. Fix: Make Like public, or move both models into one"
                        + " package.")
                .inFile(like.file()).onLine(like.line("@Parent"));
        assertNoDao(compilation, "votes.Like");
        assertNoDao(compilation, "site.Page");
    }

    @Test
    void linkToAModelWhoseParentIsNotPublic() {
        Source page = Source.model("site.Page", "@Model\nrecord Page(@Id long id, String title) {}\n");
        Source home = Source.model("site.Home", "@Model\npublic record Home(@Parent Page page, String motto) {}\n");
        Source badge = Source.model("votes.Badge", """
                @Model
                public record Badge(
                        @Id long id,
                        @OneToOneField(to = site.Home.class, onDelete = OnDelete.CASCADE) long home) {}
                """);

        Compiled compilation = compile(page, home, badge);

        assertOnlyErrors(compilation, "relata:cross-package-not-public");
        assertThat(compilation)
                .hadErrorContaining("[relata:cross-package-not-public] Badge links to Home in another package, but Page is"
                        + " not public, so BadgeDao cannot use it. Fix: Make Page public, or move both models into one"
                        + " package.")
                .inFile(badge.file()).onLine(badge.line("long home"));
        assertNoDao(compilation, "votes.Badge");
    }

    @Test
    void linkFromAModelNestedInAClassThatIsNotPublic() {
        Source user = Source.model("accounts.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source blog = Source.model("blog.Blog", """
                class Blog {
                    @Model
                    public record Profile(
                            @Id long id,
                            @OneToOneField(to = accounts.User.class, onDelete = OnDelete.CASCADE) long user) {}
                }
                """);

        Compiled compilation = compile(user, blog);

        assertOnlyErrors(compilation, "relata:cross-package-not-public");
        assertThat(compilation)
                .hadErrorContaining("[relata:cross-package-not-public] Profile links to User in another package, but Blog"
                        + " is not public, so UserDao cannot use it. Fix: Make Blog public")
                .inFile(blog.file()).onLine(blog.line("long user"));
    }

    @Test
    void linkToAModelWithAnEnumThatIsNotPublic() {
        Source user = Source.model("accounts.User", """
                @Model
                public record User(
                        @Id long id,
                        Role role) {
                    enum Role { MEMBER, STAFF }
                }
                """);
        Source profile = Source.model("blog.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = accounts.User.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compile(user, profile);

        assertOnlyErrors(compilation, "relata:cross-package-column-type");
        assertThat(compilation)
                .hadErrorContaining("[relata:cross-package-column-type] Profile links to User in another package, but"
                        + " User.role has the type accounts.User.Role, which is not public, so ProfileDao cannot use it. Fix:"
                        + " Make accounts.User.Role public, or move both models into one package.")
                .inFile(profile.file()).onLine(profile.line("long user"));
        assertNoDao(compilation, "blog.Profile");
        assertNoDao(compilation, "accounts.User");
    }

    /** The seed's original mistake: Page's {@code profile} pointed at User. */
    private static final Source PROFILE = Source.model("test.Profile", """
            @Model
            public record Profile(
                    @Id long id,
                    @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
                    String name) {}
            """);

    @Test
    void linkNamedAfterAnotherModel() {
        Source page = Source.model("test.Page", """
                @Model
                public record Page(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long profile,
                        String pageName) {}
                """);

        Compiled compilation = compile(USER, PROFILE, page);

        assertWellReported(compilation);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[relata:link-name-mismatch] Page.profile is named after the model Profile, but it"
                        + " links to User. Fix: Name the component after what it links to (for example `user`), or suppress"
                        + " with @SuppressWarnings(\"relata:link-name-mismatch\").")
                .inFile(page.file()).onLine(page.line("long profile"));
        assertThat(compilation).hadWarningCount(1);
        assertWithMessage("generated: a warning does not stop generation").that(compilation.generatedTypes())
                .contains("test.PageDao");
    }

    @Test
    void linkNamedAfterAnotherModelWithAnIdSuffix() {
        Source page = Source.model("test.Page", """
                @Model
                public record Page(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long profileId) {}
                """);

        Compiled compilation = compile(USER, PROFILE, page);

        assertThat(compilation)
                .hadWarningContaining("[relata:link-name-mismatch] Page.profileId is named after the model Profile, but it"
                        + " links to User.")
                .inFile(page.file()).onLine(page.line("long profileId"));
    }

    @ParameterizedTest(name = "on the {0}")
    @CsvSource(delimiter = '|', value = {
        "record    | @SuppressWarnings(\"relata:link-name-mismatch\") |",
        "component |                                               | @SuppressWarnings(\"relata:link-name-mismatch\")",
        "record, by the prefix | @SuppressWarnings(\"relata\")                 |",
    })
    void linkNameMismatchSuppressed(String where, String onRecord, String onComponent) {
        Source page = Source.model("test.Page", "@Model\n" + (onRecord == null ? "" : onRecord + "\n")
                + "public record Page(\n        @Id long id,\n"
                + "        " + (onComponent == null ? "" : onComponent + "\n        ")
                + "@OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long profile) {}\n");

        Compiled compilation = compileStrictly(USER, PROFILE, page);

        assertThat(compilation).succeededWithoutWarnings();
        assertWithMessage("generated").that(compilation.generatedTypes()).contains("test.PageDao");
    }

    @Test
    void linkNamedAfterTheTargetsParentIsNotAMismatch() {
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Id long id, String title) {}\n");
        Source like = Source.model("test.Like", "@Model\npublic record Like(@Parent Page page, int likes) {}\n");
        Source badge = Source.model("test.Badge", """
                @Model
                public record Badge(
                        @Id long id,
                        @OneToOneField(to = Like.class, onDelete = OnDelete.CASCADE) long page) {}
                """);

        Compiled compilation = compileStrictly(page, like, badge);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
