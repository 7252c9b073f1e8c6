package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.relata.processor.Compilations.assertOnlyErrors;
import static dev.relata.processor.Compilations.compile;
import static dev.relata.processor.Compilations.compileStrictly;

import dev.relata.processor.Compilations.Compiled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code @Finders} are checked at compile time: each mistake is one error on the line of the
 * interface, method, annotation or parameter at fault, with a fix, and no DAO code that does not
 * compile.
 */
class FinderDiagnosticsTest {
    private static final Source ROLE = Source.model("test.Role", "public enum Role { MEMBER, STAFF }\n");
    private static final Source USER = Source.model("test.User", """
            @Model
            public record User(
                    @Id long id,
                    String username,
                    boolean isStaff,
                    int karma,
                    Role role,
                    @org.jspecify.annotations.Nullable String nickname) {}
            """);
    private static final Source PROFILE = Source.model("test.Profile", """
            @Model
            public record Profile(
                    @Id long id,
                    @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
                    String city,
                    byte[] avatar) {}
            """);
    private static final Source PAGE = Source.model("test.Page", """
            @Model
            public record Page(
                    @Id long id,
                    @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
                    String pageName) {}
            """);
    private static final Source LIKE = Source.model("test.Like", """
            @Model
            public record Like(@Parent Page page, int likes) {}
            """);

    /** An interface of finders of Profile with these members. */
    private static Source finders(String members) {
        return Source.of("test.ProfileFinders", """
                package test;

                import dev.relata.*;
                import java.util.*;

                @Finders(Profile.class)
                public interface ProfileFinders {
                """ + members + "}\n");
    }

    private static Compiled compileWith(Source finders) {
        return compile(ROLE, USER, PROFILE, PAGE, LIKE, finders);
    }

    /** Asserts one error, tagged {@code [relata:...]}, that starts with {@code text}, on the line of {@code atLine}. */
    private static void assertError(Compiled compilation, String tag, String text, Source source, String atLine) {
        assertOnlyErrors(compilation, tag.substring(1, tag.length() - 1));
        Compilations.assertThat(compilation).hadErrorContaining(tag + " " + text)
                .inFile(source.file()).onLine(source.line(atLine));
        assertThat(compilation.compilation().errors()).hasSize(1);
    }

    @Test
    void findersOnAClass() {
        Source finders = Source.of("test.ProfileFinders", """
                package test;

                import dev.relata.*;

                @Finders(Profile.class)
                public abstract class ProfileFinders {}
                """);

        assertError(compileWith(finders), "[relata:finders-not-interface]", "@Finders can only be placed on an interface, but "
                + "ProfileFinders is class. Fix: Declare it as `public interface ProfileFinders`", finders, "@Finders");
    }

    @Test
    void findersOfANonModel() {
        Source finders = Source.of("test.ProfileFinders", """
                package test;

                import dev.relata.*;

                @Finders(String.class)
                public interface ProfileFinders {}
                """);

        assertError(compileWith(finders), "[relata:finders-not-model]", "@Finders on ProfileFinders names java.lang.String, which "
                + "is not a @Model record compiled with ProfileFinders. Fix: Name the @Model record", finders, "@Finders");
    }

    @Test
    void genericFinders() {
        Source finders = Source.of("test.ProfileFinders", """
                package test;

                import dev.relata.*;

                @Finders(Profile.class)
                public interface ProfileFinders<T> {}
                """);

        assertError(compileWith(finders), "[relata:finders-shape]", "ProfileFinders cannot be implemented by ProfileDao: it "
                + "declares type parameters. Fix: Remove the type parameters", finders, "@Finders");
    }

    @Test
    void findersNotVisibleFromTheModelsPackage() {
        Source finders = Source.of("other.ProfileFinders", """
                package other;

                import dev.relata.*;
                import test.Profile;

                @Finders(Profile.class)
                interface ProfileFinders {}
                """);

        assertError(compileWith(finders), "[relata:finders-shape]", "ProfileFinders cannot be implemented by ProfileDao: it is "
                + "not visible from ProfileDao's package test. Fix: Make ProfileFinders public, or move it into the "
                + "package test.", finders, "@Finders");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "List<User> staff();             | java.util.List<test.User>",
        "int howMany();                  | int",
        "Optional<List<Profile>> all();  | java.util.Optional<java.util.List<test.Profile>>",
        "Profile first();                | test.Profile",
        "Long total();                   | java.lang.Long",
    })
    void unsupportedReturnType(String method, String type) {
        Source finders = finders("    " + method + "\n");
        String name = method.substring(method.lastIndexOf(' ') + 1, method.indexOf('('));

        assertError(compileWith(finders), "[relata:finder-return-type]", "Finder ProfileFinders." + name + " returns " + type
                + ", which a finder of Profile cannot return. Fix: Return List<Profile> (every matching row), "
                + "Optional<Profile> (the one matching row), long (how many match) or boolean (whether any matches).",
                finders, method);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "@Where(\"city =\")             | Where   | city =           | it ends where a literal after `=` was expected",
        "@Where(\"city in 'x'\")        | Where   | city in 'x'      | expected a :parameter holding a collection after `city in` at character 9 but found `x`",
        "@Where(\"city is nothing\")    | Where   | city is nothing  | expected `null` after `city is` at character 9",
        "@Where(\"city = :\")           | Where   | city = :         | `:` at character 8 is not a parameter; write a colon and the method parameter's name, such as :city",
        "@OrderBy(\"city sideways\")    | OrderBy | city sideways    | expected ASC or DESC after `city` but found `sideways`",
        "@OrderBy(\"city,\")            | OrderBy | city,            | entry 2 is empty",
    })
    void conditionOrOrderThatDoesNotParse(String annotation, String kind, String text, String problem) {
        Source finders = finders("    " + annotation + "\n    List<Profile> odd();\n");

        assertError(compileWith(finders), "[relata:finder-syntax]", "@" + kind + "(\"" + text + "\") on ProfileFinders.odd does "
                + "not parse: " + problem + ". Fix: ", finders, annotation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "@Where(\"town = 'x'\")              | Where   | town              | `town` names nothing of Profile                  | Profile  | Profile | id, user, city, avatar, user., page.",
        "@Where(\"user.name = 'x'\")         | Where   | user.name         | `name` names nothing of User                     | user     | User    | id, username, isStaff, karma, role, nickname, profile.",
        "@Where(\"city.size = 1\")           | Where   | city.size         | `city` is a column of Profile, so nothing follows it | Profile | Profile | id, user, city, avatar, user., page.",
        "@Where(\"page = 1\")                | Where   | page              | `page` is the model Page, not one of its components | Profile | Profile | id, user, city, avatar, user., page.",
        "@Where(\"page.like.score > 1\")     | Where   | page.like.score   | `score` names nothing of Like                    | page.like | Like  | likes, id, profile, pageName, profile., like.",
        "@OrderBy(\"user.profile.town\")     | OrderBy | user.profile.town | `town` names nothing of Profile                  | user.profile | Profile | id, user, city, avatar, user., page.",
    })
    void pathThatLeadsNowhere(String annotation, String kind, String path, String reason, String at, String model,
            String nameable) {
        Source finders = finders("    " + annotation + "\n    List<Profile> odd();\n");

        assertError(compileWith(finders), "[relata:finder-unknown-path]", "@" + kind + " on ProfileFinders.odd names `" + path
                + "`: " + reason + ". Fix: At `" + at + "` of " + model + ", name one of: `" + nameable.replace(", ", "`, `")
                + "`.", finders,
                annotation);
    }

    @Test
    void parameterThatDoesNotExist() {
        Source finders = finders("    @Where(\"city = :town\")\n    List<Profile> inTown();\n");

        assertError(compileWith(finders), "[relata:finder-unknown-parameter]", "@Where on ProfileFinders.inTown uses :town, but "
                + "ProfileFinders.inTown has no parameter named town. Fix: Add a parameter `java.lang.String town` to "
                + "ProfileFinders.inTown, or correct the name; parameters: none.", finders, "@Where");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"@Where(\"\"user.karma > :karma\"\")\" | String karma             | karma  | java.lang.String             | user.karma | int              | int (or java.lang.Integer)",
        "\"@Where(\"\"city = :city\"\")\"        | int city                 | city   | int                          | city       | java.lang.String | java.lang.String",
        "\"@Where(\"\"user in :users\"\")\"      | List<String> users       | users  | java.util.List<java.lang.String> | user   | long             | Collection<java.lang.Long> (or a List or Set of java.lang.Long)",
        "\"@Where(\"\"city = :cities\"\")\"      | Set<String> cities       | cities | java.util.Set<java.lang.String> | city     | java.lang.String | java.lang.String",
        "\"@Where(\"\"city like :pattern\"\")\"  | CharSequence pattern     | pattern | java.lang.CharSequence      | city       | java.lang.String | String",
        "\"@Where(\"\"user.role = :role\"\")\"   | String role              | role   | java.lang.String             | user.role  | test.Role        | test.Role",
    })
    void parameterOfTheWrongType(String where, String parameter, String name, String type, String path, String columnType,
            String expected) {
        Source finders = finders("    " + where + "\n    List<Profile> odd(" + parameter + ");\n");

        assertError(compileWith(finders), "[relata:finder-parameter-type]", "Parameter " + name + " of ProfileFinders.odd has "
                + "type " + type + ", but @Where compares it with " + path + " (type " + columnType + "). Fix: Declare the "
                + "parameter as " + expected + ".", finders, parameter);
    }

    @Test
    void parameterThatIsNotUsed() {
        Source finders = finders("    @Where(\"city = :city\")\n    List<Profile> inCity(String city,\n"
                + "            String country);\n");

        assertError(compileWith(finders), "[relata:finder-unused-parameter]", "Parameter country of ProfileFinders.inCity is not "
                + "used by its @Where. Fix: Compare it in the condition", finders, "String country");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"@Where(\"\"user.karma = 'x'\"\")\"      | user.karma | int              | the string 'x' | Compare it with a literal of its own type: a whole number, such as 10.",
        "\"@Where(\"\"city = null\"\")\"           | city       | java.lang.String | null           | The component cannot be null; remove the comparison, or make it @Nullable.",
        "\"@Where(\"\"user.karma like 'x%'\"\")\"  | user.karma | int              | the string 'x%' | `like` matches String components only; compare this one with =, !=, <, <=, > or >=.",
        "\"@Where(\"\"user.role = ADMIN\"\")\"     | user.role  | test.Role        | the name ADMIN | Write one of the constants MEMBER, STAFF.",
    })
    void valueOfTheWrongType(String annotation, String path, String type, String value, String hint) {
        Source finders = finders("    " + annotation + "\n    List<Profile> odd();\n");

        assertError(compileWith(finders), "[relata:finder-condition-type]", "@Where on ProfileFinders.odd compares " + path
                + " (type " + type + ") with " + value + ". Fix: " + hint, finders, annotation);
    }

    @Test
    void orderByAComponentWithoutOrder() {
        Source finders = finders("    @OrderBy(\"avatar\")\n    List<Profile> odd();\n");

        assertError(compileWith(finders), "[relata:finder-order-type]", "@OrderBy on ProfileFinders.odd names `avatar`, of type"
                + " byte[], which has no order to sort by. Fix: Order by a component of another type.", finders,
                "@OrderBy(\"avatar\")");
    }

    /**
     * An enum is stored by its constant's name, so {@code <} would compare names alphabetically, not in
     * declaration order: refused with a parameter as with a literal.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"@Where(\"\"user.role >= :role\"\")\"                    | Role role",
        "\"@Where(\"\"city = :city and (user.role < :role)\"\")\"  | String city, Role role",
    })
    void enumOrderedAgainstAParameter(String where, String parameters) {
        Source finders = finders("    " + where + "\n    List<Profile> odd(" + parameters + ");\n");

        assertError(compileWith(finders), "[relata:finder-condition-type]", "@Where on ProfileFinders.odd compares user.role"
                + " (type test.Role) with the parameter :role. Fix: Compare enum constants using = or != only", finders, where);
    }

    @Test
    void genericFinderMethod() {
        Source finders = finders("    @Where(\"city = :city\")\n    <T> List<Profile> inCity(String city);\n");

        assertError(compileWith(finders), "[relata:finders-shape]", "ProfileFinders.inCity cannot be implemented by "
                + "ProfileDao: it declares type parameters. Fix: Remove the type parameters from the method.", finders,
                "<T> List<Profile> inCity");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "long inCity(String city, Paging paging);                   | Paging paging | a Paging, but returns long",
        "List<Profile> inCity(String city, Paging one, Paging two); | Paging one    | more than one Paging",
    })
    void pagingWhereItDoesNotFit(String method, String parameter, String problem) {
        Source finders = finders("    @Where(\"city = :city\")\n    " + method + "\n");

        assertError(compileWith(finders), "[relata:finder-paging]", "Finder ProfileFinders.inCity takes " + problem + ". Fix: "
                + "Only a finder that returns a List takes a Paging, and one at most.", finders, parameter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "long count(String city);        | the method count",
        "List<Profile> user(String city); | the accessor user (for Profile.user)",
        "List<Profile> rowMapper(String city); | the method rowMapper",
    })
    void finderNamedLikeADaoMethod(String method, String clash) {
        Source finders = finders("    @Where(\"city = :city\")\n    " + method + "\n");
        String name = method.substring(method.indexOf(' ') + 1, method.indexOf('('));

        assertError(compileWith(finders), "[relata:finder-name-clash]", "Finder ProfileFinders." + name + " is named like "
                + clash + " of the generated ProfileDao. Fix: Rename the finder method.", finders, method);
    }

    /**
     * A default method named like a method every DAO has, or an accessor: the DAO's own method would
     * not compile beside it (another return type) or would replace it silently (the same one).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "default int count() { return 0; }                                  | the method count",
        "default long count() { return 42; }                                | the method count",
        "default Optional<User> user(Profile profile) { return Optional.empty(); } | the accessor user (for Profile.user)",
    })
    void defaultMethodNamedLikeADaoMethod(String method, String clash) {
        Source finders = finders("    " + method + "\n");
        String name = method.substring(method.indexOf(' ', "default ".length()) + 1, method.indexOf('('));

        assertError(compileWith(finders), "[relata:finder-name-clash]", "Finder ProfileFinders." + name + " (a default method) "
                + "is named like " + clash + " of the generated ProfileDao. Fix: Rename the finder method.", finders, method);
    }

    @Test
    void inheritedDefaultMethodNamedLikeADaoMethod() {
        Source base = Source.of("test.Counting", """
                package test;

                public interface Counting {
                    default int count() {
                        return 0;
                    }
                }
                """);
        Source finders = Source.of("test.ProfileFinders", """
                package test;

                import dev.relata.*;

                @Finders(Profile.class)
                public interface ProfileFinders extends Counting {
                }
                """);

        Compiled compilation = compile(ROLE, USER, PROFILE, PAGE, LIKE, base, finders);

        assertError(compilation, "[relata:finder-name-clash]", "Finder Counting.count (a default method) is named like the "
                + "method count of the generated ProfileDao.", finders, "@Finders(Profile.class)");
    }

    @Test
    void defaultMethodsAreCheckedByName() {
        Source finders = finders("""
                    @Where("city = :city")
                    List<Profile> inCity(String city);

                    default int countIn(String city) {
                        return inCity(city).size();
                    }

                    default List<Profile> findAll(int limit) {
                        return inCity("x");
                    }
                """);

        Compiled compilation = compileWith(finders);

        assertError(compilation, "[relata:finder-name-clash]", "Finder ProfileFinders.findAll (a default method) is named like "
                + "the method findAll of the generated ProfileDao.", finders, "default List<Profile> findAll");
    }

    @Test
    void twoFinderInterfacesWithOneMethodName() {
        Source more = Source.of("test.MoreFinders", """
                package test;

                import dev.relata.*;
                import java.util.*;

                @Finders(Profile.class)
                public interface MoreFinders {
                    @Where("city = :city")
                    long inCity(String city);
                }
                """);
        Source finders = finders("    @Where(\"city = :city\")\n    List<Profile> inCity(String city);\n");

        Compiled compilation = compile(ROLE, USER, PROFILE, PAGE, LIKE, more, finders);

        assertOnlyErrors(compilation, "relata:finder-name-clash");
        Compilations.assertThat(compilation).hadErrorContaining("[relata:finder-name-clash] Finder ProfileFinders.inCity "
                + "is named like the finder MoreFinders.inCity of the generated ProfileDao.")
                .inFile(finders.file()).onLine(finders.line("List<Profile> inCity"));
    }

    @Test
    void aTypeThatDoesNotExistIsJavacsOneErrorAndTheDaoIsStillWritten() {
        Source finders = finders("    @Where(\"city = :city\")\n    List<Profile> inCity(Strin city);\n");

        Compiled compilation = compileWith(finders);

        Compilations.assertWellReported(compilation);
        assertThat(compilation.compilation().errors()).hasSize(1);
        Compilations.assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(finders.file()).onLine(finders.line("Strin city"));
        assertThat(compilation.generatedTypes()).contains("test.ProfileDao");
    }

    /**
     * Finders over every kind of path compile without a warning, whatever their parameters are
     * called: parameters named like the generated code's own locals and fields do not hide them.
     */
    @Test
    void findersOverEveryKindOfPathCompileStrictly() {
        Source likes = Source.of("test.LikeFinders", """
                package test;

                import dev.relata.*;
                import java.util.*;

                @Finders(Like.class)
                public interface LikeFinders {
                    @Where("pageName = :connection and profile.user.username = :ps") @OrderBy("likes DESC, pageName")
                    List<Like> named(String connection, String ps);

                    @Where("profile.user.role in :index and likes >= :db") @OrderBy("profile.city")
                    List<Like> popular(Collection<Role> index, int db, Paging value);

                    @Where("profile.user.nickname is null or profile.city like :CONSTRAINTS")
                    long total(String CONSTRAINTS);

                    @Where("id = :id")
                    boolean exists(long id);

                    @OrderBy("likes")
                    List<Like> all(Paging paging);

                    List<Like> unordered();
                }
                """);
        Source users = Source.of("test.UserFinders", """
                package test;

                import dev.relata.*;
                import java.util.*;

                @Finders(User.class)
                public interface UserFinders {
                    @Where("profile.page.like.likes > :likes and profile.city = :city")
                    Optional<User> topFan(Integer likes, String city);

                    @Where("profile.city is not null") @OrderBy("profile.page.pageName DESC")
                    List<User> withProfile();

                    @Where("karma = :karma or nickname like :nickname")
                    List<User> ofKarma(@org.jspecify.annotations.Nullable Integer karma, String nickname);

                    @Where("username = '*/ \\\\u0041 {@code x} <b> @see & \\" '")
                    boolean oddName();
                }
                """);

        Source moreLikes = Source.of("test.AllLikeFinders", """
                package test;

                import dev.relata.*;
                import java.util.*;

                @Finders(Like.class)
                public interface AllLikeFinders extends LikeFinders {
                    @Where("likes = :likes")
                    List<Like> withLikes(Integer likes);
                }
                """);

        Source base = Source.of("test.Queries", """
                package test;

                import dev.relata.*;
                import java.util.*;

                /** Finders of any model with a likes component, as generic methods of no model in particular. */
                public interface Queries<T> {
                    @Where("likes >= :likes") @OrderBy("likes DESC")
                    List<T> atLeast(int likes);

                    @Where("likes = :likes")
                    Optional<T> exactly(Integer likes);
                }
                """);
        Source baseLikes = Source.of("test.PopularLikes", """
                package test;

                import dev.relata.*;
                import java.util.*;

                @Finders(Like.class)
                public interface PopularLikes extends Queries<Like> {
                    @Override
                    @Where("likes = :likes")
                    Optional<Like> exactly(Integer likes);
                }
                """);

        Compiled compilation = compileStrictly(ROLE, USER, PROFILE, PAGE, LIKE, likes, moreLikes, users, base, baseLikes);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedTypes()).containsAtLeast("test.LikeDao", "test.UserDao");
    }
}
