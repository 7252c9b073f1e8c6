package dev.relata.processor;

import static dev.relata.processor.Compilations.assertNoDao;
import static dev.relata.processor.Compilations.assertOnlyErrors;
import static dev.relata.processor.Compilations.assertThat;
import static dev.relata.processor.Compilations.compile;

import dev.relata.processor.Compilations.Compiled;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code limitChoicesTo} is checked against the target at compile time: it must parse, name the
 * target's components, and compare each with a literal of its type.
 */
class LimitChoicesToDiagnosticsTest {
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

    /** A Profile whose link to User has the condition, on a line of its own. */
    private static Source profile(String condition) {
        return Source.model("test.Profile", "@Model\npublic record Profile(\n        @Id long id,\n"
                + "        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE,\n"
                + "                limitChoicesTo = \"" + condition.replace("\"", "\\\"") + "\")\n"
                + "        long user) {}\n");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "isStaff =                    | it ends where a literal after `=` was expected",
        "isStaff == true              | expected an operator (=, !=, <, <=, >, >=) after `isStaff` at character 9 but found `==`",
        "isStaff = =                  | `=` at character 11 is not a literal; write true, false, null, a number, a 'string' or an enum constant",
        "isStaff = true and           | it ends where a component name or `(` was expected",
        "(isStaff = true              | it ends where `)` was expected",
        "isStaff true                 | expected an operator (=, !=, <, <=, >, >=) after `isStaff` at character 9 but found `true`",
        "isStaff = true karma > 1     | unexpected `karma` at character 16; join comparisons with `and` or `or`",
        "username = 'ada              | the string starting at character 12 is not closed with '",
        "isStaff ! true               | `!` at character 9 must be followed by `=`",
        "is-staff = true              | expected a component name at character 1 but found `is-staff`",
        "isStaff = true; DROP TABLE x | unexpected `;` at character 15",
        "\"   \"                      | it is empty",
    })
    void conditionThatDoesNotParse(String condition, String problem) {
        Source profile = profile(condition);

        Compiled compilation = compile(ROLE, USER, profile);

        assertOnlyErrors(compilation, "relata:condition-syntax");
        assertThat(compilation)
                .hadErrorContaining("[relata:condition-syntax] limitChoicesTo \"" + condition + "\" on Profile.user does not"
                        + " parse: " + problem + ". Fix: Write comparisons like `isStaff = true` or `score >= 10`, joined"
                        + " with `and`/`or` and parentheses.")
                .inFile(profile.file()).onLine(profile.line("limitChoicesTo")).atColumn(profile.column("\"" + condition));
        assertNoDao(compilation, "test.Profile");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "staff = true                   | staff",
        "is_staff = true                | is_staff",
        "isStaff = true and score > 10  | score",
        "IsStaff = true                 | IsStaff",
    })
    void conditionOnAComponentTheTargetDoesNotHave(String condition, String unknown) {
        Source profile = profile(condition);

        Compiled compilation = compile(ROLE, USER, profile);

        assertOnlyErrors(compilation, "relata:condition-unknown-component");
        assertThat(compilation)
                .hadErrorContaining("[relata:condition-unknown-component] limitChoicesTo on Profile.user names `" + unknown
                        + "`, which is not a component of User. Fix: Use one of User's components: id, username, isStaff,"
                        + " karma, role, nickname.")
                .inFile(profile.file()).onLine(profile.line("limitChoicesTo")).atColumn(profile.column("\"" + condition));
        assertNoDao(compilation, "test.Profile");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "isStaff = 'true'      | isStaff  | boolean           | the string 'true'   | Compare it with a literal of its own type: true or false.",
        "isStaff = 1           | isStaff  | boolean           | the number 1        | Compare it with a literal of its own type: true or false.",
        "isStaff > false       | isStaff  | boolean           | the boolean false   | Compare booleans using = or != only.",
        "username = 5          | username | java.lang.String  | the number 5        | Compare it with a literal of its own type: a string in quotes, such as 'text'.",
        "username = ada        | username | java.lang.String  | the name ada        | Put strings in 'quotes'.",
        "username = null       | username | java.lang.String  | null                | The component cannot be null; remove the comparison, or make it @Nullable.",
        "nickname >= null      | nickname | java.lang.String  | null                | Compare with null using = or != only.",
        "karma > 'high'        | karma    | int               | the string 'high'   | Compare it with a literal of its own type: a whole number, such as 10.",
        "karma > true          | karma    | int               | the boolean true    | Compare it with a literal of its own type: a whole number, such as 10.",
        "karma > 3000000000    | karma    | int               | the number 3000000000 | The number does not fit: `3000000000` does not fit an int (-2147483648 to 2147483647).",
        "karma > 1.5           | karma    | int               | the number 1.5      | The number does not fit: `1.5` is not a whole number.",
        "role = ADMIN          | role     | test.Role         | the name ADMIN      | Write one of the constants MEMBER, STAFF.",
        "role = 'ADMIN'        | role     | test.Role         | the string 'ADMIN'  | Write one of the constants MEMBER, STAFF.",
        "role <= 'STAFF'       | role     | test.Role         | the string 'STAFF'  | Compare enum constants using = or != only.",
        "role > MEMBER         | role     | test.Role         | the name MEMBER     | Compare enum constants using = or != only.",
        "id = 'one'            | id       | long              | the string 'one'    | Compare it with a literal of its own type: a whole number, such as 10.",
        "isStaff = :staff      | isStaff  | boolean           | the parameter :staff | Compare with a literal: :parameters are bound only in the @Where of a @Finders method.",
        "karma like 'x%'       | karma    | int               | the string 'x%'     | `like` matches String components only; compare this one with =, !=, <, <=, > or >=.",
    })
    void conditionWithALiteralOfTheWrongType(String condition, String component, String type, String literal,
            String hint) {
        Source profile = profile(condition);

        Compiled compilation = compile(ROLE, USER, profile);

        assertOnlyErrors(compilation, "relata:condition-type-mismatch");
        assertThat(compilation)
                .hadErrorContaining("[relata:condition-type-mismatch] limitChoicesTo on Profile.user compares User."
                        + component + " (type " + type + ") with " + literal + ". Fix: " + hint)
                .inFile(profile.file()).onLine(profile.line("limitChoicesTo")).atColumn(profile.column("\"" + condition));
        assertNoDao(compilation, "test.Profile");
    }

    /**
     * A number compared with a float or double must fit the type, as one compared with an int must: one
     * that overflows would be Infinity in the generated Java, and one nearer to zero than the type's
     * smallest value would be 0. Conditions write numbers without an exponent, so {@code 1e400} stands
     * for a 1 and 400 zeros here.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "rating | <  | 1e400    | double | does not fit a double (-1.7976931348623157E308 to 1.7976931348623157E308)",
        "score  | >  | -4e38    | float  | does not fit a float (-3.4028234663852886E38 to 3.4028234663852886E38)",
        "rating | >  | 2.5e-400 | double | is nearer to zero than any double, so it would become 0 (the smallest non-zero double is 4.9E-324)",
        "score  | != | 1e-46    | float  | is nearer to zero than any float, so it would become 0 (the smallest non-zero float is 1.4E-45)",
    })
    void floatingPointNumberThatDoesNotFit(String component, String operator, String number, String type,
            String problem) {
        String digits = new BigDecimal(number).toPlainString();
        String condition = component + " " + operator + " " + digits;
        Source venue = Source.model("test.Venue", """
                @Model
                public record Venue(@Id long id, double rating, float score) {}
                """);
        Source booking = Source.model("test.Booking", "@Model\npublic record Booking(\n        @Id long id,\n"
                + "        @ForeignKey(to = Venue.class, onDelete = OnDelete.CASCADE,\n"
                + "                limitChoicesTo = \"" + condition + "\")\n"
                + "        long venue) {}\n");

        Compiled compilation = compile(venue, booking);

        assertOnlyErrors(compilation, "relata:condition-type-mismatch");
        assertThat(compilation)
                .hadErrorContaining("[relata:condition-type-mismatch] limitChoicesTo on Booking.venue compares Venue."
                        + component + " (type " + type + ") with the number " + digits + ". Fix: The number does not fit: `"
                        + digits + "` " + problem + ".")
                .inFile(booking.file()).onLine(booking.line("limitChoicesTo")).atColumn(booking.column("\"" + condition));
        assertNoDao(compilation, "test.Booking");
    }

    private static final Source PLACE = Source.model("test.Place", """
            @Model
            public record Place(@Id long id, String name, boolean open) {}
            """);
    private static final Source RESTAURANT = Source.model("test.Restaurant", """
            @Model
            public record Restaurant(@Parent Place place, int seats) {}
            """);

    /** A Waiter whose link to the child model Restaurant has the condition, on a line of its own. */
    private static Source waiter(String condition) {
        return Source.model("test.Waiter", "@Model\npublic record Waiter(\n        @Id long id,\n"
                + "        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE,\n"
                + "                limitChoicesTo = \"" + condition + "\")\n"
                + "        long restaurant) {}\n");
    }

    @Test
    void conditionOnAChildModelNamesItsInheritedComponents() {
        Source waiter = waiter("open = true and name like 'A%' and seats >= 10");

        Compiled compilation = compile(List.of("-Xlint:all,-processing", "-Werror"), PLACE, RESTAURANT, waiter);

        assertThat(compilation).succeededWithoutWarnings();
        // The check of every write reads the inherited columns from the parent's table, joined.
        assertThat(compilation).generatedSourceFile("test.WaiterDao").contentsAsUtf8String()
                .contains("CASE WHEN (t1.{open} = ? AND t1.{name} LIKE ? ESCAPE \"\n");
        assertThat(compilation).generatedSourceFile("test.WaiterDao").contentsAsUtf8String()
                .contains("FROM {restaurant} t0 JOIN {place} t1 \"\n");
    }

    @Test
    void unknownComponentOfAChildModelListsTheInheritedOnesToo() {
        Source waiter = waiter("opened = true");

        Compiled compilation = compile(PLACE, RESTAURANT, waiter);

        assertOnlyErrors(compilation, "relata:condition-unknown-component");
        assertThat(compilation)
                .hadErrorContaining("[relata:condition-unknown-component] limitChoicesTo on Waiter.restaurant names"
                        + " `opened`, which is not a component of Restaurant. Fix: Use one of Restaurant's components:"
                        + " seats, id, name, open.")
                .inFile(waiter.file()).onLine(waiter.line("limitChoicesTo"));
        assertNoDao(compilation, "test.Waiter");
    }

    @Test
    void inheritedComponentOfTheWrongTypeIsNamedWithTheModelThatDeclaresIt() {
        Source waiter = waiter("open = 1");

        Compiled compilation = compile(PLACE, RESTAURANT, waiter);

        assertOnlyErrors(compilation, "relata:condition-type-mismatch");
        assertThat(compilation)
                .hadErrorContaining("[relata:condition-type-mismatch] limitChoicesTo on Waiter.restaurant compares"
                        + " Place.open (type boolean) with the number 1.")
                .inFile(waiter.file()).onLine(waiter.line("limitChoicesTo"));
        assertNoDao(compilation, "test.Waiter");
    }
}
