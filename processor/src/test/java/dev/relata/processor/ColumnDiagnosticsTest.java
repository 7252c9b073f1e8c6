package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Compilations.assertNoDao;
import static dev.relata.processor.Compilations.assertOnlyErrors;
import static dev.relata.processor.Compilations.assertThat;
import static dev.relata.processor.Compilations.assertWellReported;
import static dev.relata.processor.Compilations.compile;
import static dev.relata.processor.Compilations.compileUnwrapped;

import dev.relata.processor.Compilations.Compiled;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each component must be: a type with a column, a name that is valid SQL, a valid default. */
class ColumnDiagnosticsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Object                      | java.lang.Object",
        "java.util.List<String>      | java.util.List<java.lang.String>",
        "int[]                       | int[]",
        "java.util.Date              | java.util.Date",
        "java.util.Optional<String>  | java.util.Optional<java.lang.String>",
        "Point                       | test.Tag.Point",
    })
    void typeWithoutAColumn(String type, String shown) {
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n        " + type
                + " value) {\n    public record Point(int x, int y) {}\n}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:unsupported-type");
        assertThat(compilation)
                .hadErrorContaining("[relata:unsupported-type] Tag.value has type " + shown + ", which has no SQL mapping."
                        + " Fix: Supported: boolean, byte, short, int, long, float, double, char and their boxes, String,"
                        + " BigDecimal, UUID, LocalDate, LocalDateTime, Instant, byte[] and enums.")
                .inFile(tag.file()).onLine(tag.line(" value)"));
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void typeThatDoesNotExist() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        Colour colour) {}
                """);

        Compiled compilation = compile(tag);

        assertWellReported(compilation);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(tag.file()).onLine(tag.line("Colour colour"));
        assertThat(compilation)
                .hadErrorContaining("[relata:unresolved-type] Tag.colour has a type that could not be resolved. Fix: Check"
                        + " the type's name and imports; if another processor generates it, make sure it runs.")
                .inFile(tag.file()).onLine(tag.line("Colour colour"));
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void linkToAModelThatDoesNotExist() {
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = Usr.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compile(profile);

        assertWellReported(compilation);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(profile.file())
                .onLine(profile.line("Usr.class"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void enumThatIsPrivate() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        Kind kind) {
                    private enum Kind { TOPIC, PERSON }
                }
                """);

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:column-type-not-accessible");
        assertThat(compilation)
                .hadErrorContaining("[relata:column-type-not-accessible] Tag.kind has the type test.Tag.Kind, which is"
                        + " private, so TagDao cannot use it. Fix: Make test.Tag.Kind package-private or public.")
                .inFile(tag.file()).onLine(tag.line("Kind kind"));
        assertNoDao(compilation, "test.Tag");
    }

    /** An enum in the file of another type is an auxiliary class, which the generated DAO cannot use without a warning. */
    @Test
    void enumInTheFileOfAnotherType() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        Kind kind) {}

                enum Kind { TOPIC, PERSON }
                """);

        Compiled compilation = compileUnwrapped(List.of("-Xlint:all"), tag);

        assertOnlyErrors(compilation, "relata:auxiliary-column-type");
        assertThat(compilation)
                .hadErrorContaining("[relata:auxiliary-column-type] Tag.kind has the type Kind, declared in Tag.java, a file"
                        + " named after another type, as a package-private top-level type: javac warns (auxiliaryclass)"
                        + " wherever code outside Tag.java uses Kind, as the generated TagDao must, and a build with"
                        + " -Werror fails. Fix: Move Kind into a file of its own, Kind.java, or nest it inside the public"
                        + " type of Tag.java.")
                .inFile(tag.file()).onLine(tag.line("Kind kind"));
        assertThat(compilation).hadErrorCount(1);
    }

    /** Enums nested in the model, or in files of their own, are not auxiliary classes. */
    @Test
    void nestedAndPackagePrivateEnumsCompileWithoutWarnings() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        Kind kind,
                        Mood mood) {
                    enum Kind { TOPIC, PERSON }
                }
                """);
        Source mood = Source.model("test.Mood", "enum Mood { HAPPY, GRUMPY }\n");

        Compiled compilation = compileUnwrapped(List.of("-Xlint:all,-processing", "-Werror"), tag, mood);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.TagDao");
    }

    @Test
    void twoComponentsWithOneColumn() {
        Source page = Source.model("test.Page", """
                @Model
                public record Page(
                        @Id long id,
                        String pageName,
                        @Column(name = "page_name") String title) {}
                """);

        Compiled compilation = compile(page);

        assertOnlyErrors(compilation, "relata:duplicate-column");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-column] Page.pageName and Page.title both map to the column"
                        + " `page_name`. Fix: Rename one of them, or set @Column(name = \"...\") /"
                        + " @OneToOneField(column = \"...\") / @ForeignKey(column = \"...\").")
                .inFile(page.file()).onLine(page.line("String title"));
        assertNoDao(compilation, "test.Page");
    }

    @Test
    void columnNamesDifferingInCaseOnly() {
        Source page = Source.model("test.Page", """
                @Model
                public record Page(
                        @Id long id,
                        String title,
                        @Column(name = "TITLE") String heading) {}
                """);

        Compiled compilation = compile(page);

        assertOnlyErrors(compilation, "relata:duplicate-column");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-column] Page.title and Page.heading both map to the column `TITLE`.")
                .inFile(page.file()).onLine(page.line("String heading"));
    }

    @Test
    void linkColumnTakenByAnotherComponent() {
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
                        long userId) {}
                """);

        Compiled compilation = compile(user, profile);

        assertOnlyErrors(compilation, "relata:duplicate-column");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-column] Profile.user and Profile.userId both map to the column"
                        + " `user_id`.")
                .inFile(profile.file()).onLine(profile.line("long userId"));
        assertNoDao(compilation, "test.Profile");
    }

    @Test
    void parentLinkColumnTakenByAComponent() {
        Source page = Source.model("test.Page", "@Model\npublic record Page(@Id long id, String title) {}\n");
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent Page page,
                        long pagePtrId) {}
                """);

        Compiled compilation = compile(page, like);

        assertOnlyErrors(compilation, "relata:duplicate-column");
        assertThat(compilation)
                .hadErrorContaining("[relata:duplicate-column] Like.page and Like.pagePtrId both map to the column"
                        + " `page_ptr_id`.")
                .inFile(like.file()).onLine(like.line("long pagePtrId"));
        assertNoDao(compilation, "test.Like");
    }

    @Test
    void tableNameThatIsNotSql() {
        Source tag = Source.model("test.Tag", """
                @Model(table = "my tags")
                public record Tag(@Id long id, String label) {}
                """);

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:invalid-sql-name");
        assertThat(compilation)
                .hadErrorContaining("[relata:invalid-sql-name] `my tags` is not a valid table or column name. Fix: Use"
                        + " at most 60 letters, digits and underscores, starting with a letter or an underscore.")
                .inFile(tag.file()).onLine(tag.line("\"my tags\"")).atColumn(tag.column("\"my tags\""));
        assertNoDao(compilation, "test.Tag");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "@Column(name = \"1st\")                                                  | 1st",
        "@Column(name = \"first-name\")                                           | first-name",
        "@Column(name = \"name; DROP TABLE tag\")                                 | name; DROP TABLE tag",
        "@Column(name = \"a_column_name_of_sixty_one_characters_which_is_one_too_many_x\") | a_column_name_of_sixty_one_characters_which_is_one_too_many_x",
    })
    void columnNameThatIsNotSql(String annotation, String name) {
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n        " + annotation
                + " String firstName) {}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:invalid-sql-name");
        assertThat(compilation)
                .hadErrorContaining("[relata:invalid-sql-name] `" + name + "` is not a valid table or column name.")
                .inFile(tag.file()).onLine(tag.line("String firstName")).atColumn(tag.column("\"" + name));
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void linkColumnThatIsNotSql() {
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id, String username) {}\n");
        Source profile = Source.model("test.Profile", """
                @Model
                public record Profile(
                        @Id long id,
                        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, column = "user id") long user) {}
                """);

        Compiled compilation = compile(user, profile);

        assertOnlyErrors(compilation, "relata:invalid-sql-name");
        assertThat(compilation)
                .hadErrorContaining("[relata:invalid-sql-name] `user id` is not a valid table or column name.")
                .inFile(profile.file()).onLine(profile.line("\"user id\"")).atColumn(profile.column("\"user id\""));
        assertNoDao(compilation, "test.Profile");
    }

    private static final String LONG = "ThisNameIsFarTooLongForATableOrColumnBecauseItKeepsOnGoing";

    /**
     * Databases limit a name's bytes, not its characters: 24 Chinese characters take 72 bytes in
     * UTF-8, past what PostgreSQL keeps (63), which would cut the table's name short.
     */
    @Test
    void tableNamedAfterAModelWithANameOfManyBytes() {
        String name = "顧客情報登録記録".repeat(3);
        Source tag = Source.model("test." + name, "@Model\npublic record " + name + "(@Id long id) {}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:name-too-long");
        assertThat(compilation)
                .hadErrorContaining("[relata:name-too-long] The table `" + name + "` of Model " + name + " takes 72 bytes"
                        + " in UTF-8, more than the 60 that every database accepts.")
                .inFile(tag.file()).onLine(tag.line("@Model")).atColumn(1);
    }

    /** A name of 20 such characters (60 bytes) fits: it compiles, and its schema is created. */
    @Test
    void aNameOfManyBytesThatFitsCompilesAndItsSchemaIsCreated() {
        String name = "顧客情報登録記録顧客情報登録記録顧客情報";
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id) {}\n");
        Source card = Source.model("test." + name, "@Model\npublic record " + name
                + "(@Id long id, @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user) {}\n");

        Compiled compilation = Compilations.compileStrictly(user, card);

        Compilations.assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        dev.relata.Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        classes.callStatic("test.RelataSchema", "validate", db);
    }

    @Test
    void tableNamedAfterAModelWithAVeryLongName() {
        Source tag = Source.model("test." + LONG, "@Model\npublic record " + LONG + "(@Id long id) {}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:name-too-long");
        assertThat(compilation)
                .hadErrorContaining("[relata:name-too-long] The table `this_name_is_far_too_long_for_a_table_or_column_because_it_keeps_on_going`"
                        + " of Model " + LONG + " takes 73 bytes in UTF-8, more than the 60 that every database accepts. Fix: Give it a shorter"
                        + " name with @Model(table = \"...\").")
                .inFile(tag.file()).onLine(tag.line("@Model")).atColumn(1);
        assertNoDao(compilation, "test." + LONG);
    }

    @Test
    void columnNamedAfterAComponentWithAVeryLongName() {
        String component = Character.toLowerCase(LONG.charAt(0)) + LONG.substring(1);
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n        String " + component
                + ") {}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:name-too-long");
        assertThat(compilation)
                .hadErrorContaining("[relata:name-too-long] The column `this_name_is_far_too_long_for_a_table_or_column_because_it_keeps_on_going`"
                        + " of Tag." + component + " takes 73 bytes in UTF-8, more than the 60 that every database accepts. Fix: Give it a"
                        + " shorter name with @Column(name = \"...\").")
                .inFile(tag.file()).onLine(tag.line("String"));
        assertNoDao(compilation, "test.Tag");
    }

    @Test
    void linkColumnNamedAfterAComponentWithAVeryLongName() {
        String component = Character.toLowerCase(LONG.charAt(0)) + LONG.substring(1);
        Source user = Source.model("test.User", "@Model\npublic record User(@Id long id) {}\n");
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n"
                + "        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, relatedName = \"+\") long " + component
                + ") {}\n");

        Compiled compilation = compile(user, tag);

        assertOnlyErrors(compilation, "relata:name-too-long");
        assertThat(compilation)
                .hadErrorContaining("[relata:name-too-long] The column"
                        + " `this_name_is_far_too_long_for_a_table_or_column_because_it_keeps_on_going_id` of Tag." + component
                        + " takes 76 bytes in UTF-8, more than the 60 that every database accepts. Fix: Give it a shorter name with"
                        + " @OneToOneField(column = \"...\").")
                .inFile(tag.file()).onLine(tag.line("@OneToOneField"));
    }

    @Test
    void parentLinkColumnOfAParentWithALongName() {
        Source page = Source.model("test.ThisParentModelNameIsFarTooLongForAColumnOnceSuffixed", """
                @Model(table = "page")
                public record ThisParentModelNameIsFarTooLongForAColumnOnceSuffixed(@Id long id) {}
                """);
        Source like = Source.model("test.Like", """
                @Model
                public record Like(
                        @Parent ThisParentModelNameIsFarTooLongForAColumnOnceSuffixed page,
                        int likes) {}
                """);

        Compiled compilation = compile(page, like);

        assertOnlyErrors(compilation, "relata:name-too-long");
        assertThat(compilation)
                .hadErrorContaining("[relata:name-too-long] The column"
                        + " `this_parent_model_name_is_far_too_long_for_a_column_once_suffixed_ptr_id` of Like.page takes 72"
                        + " bytes in UTF-8, more than the 60 that every database accepts. Fix: Give it a shorter name with"
                        + " @Column(name = \"...\").")
                .inFile(like.file()).onLine(like.line("@Parent"));
        assertNoDao(compilation, "test.Like");
    }

    @ParameterizedTest(name = "length = {0}")
    @CsvSource({"0", "-5"})
    void lengthThatIsNotPositive(String length) {
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n"
                + "        @Column(length = " + length + ") String label) {}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:invalid-length");
        assertThat(compilation)
                .hadErrorContaining("[relata:invalid-length] @Column(length = " + length + ") on Tag.label must be"
                        + " positive. Fix: Give the maximum number of characters, for example @Column(length = 255).")
                .inFile(tag.file()).onLine(tag.line("String label")).atColumn(tag.column(length + ")"));
        assertNoDao(compilation, "test.Tag");
    }

    /** An enum column holds the constants' names: a length shorter than one of them would fail each insert of it. */
    @Test
    void enumConstantLongerThanTheLength() {
        Source color = Source.model("test.Color", "public enum Color { RED, GREEN }\n");
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        @Column(length = 3) Color color) {}
                """);

        Compiled compilation = compile(color, tag);

        assertOnlyErrors(compilation, "relata:enum-length");
        assertThat(compilation)
                .hadErrorContaining("[relata:enum-length] Tag.color has a VARCHAR(3) column (@Column(length = 3)), too"
                        + " short for test.Color.GREEN, whose name takes 5 characters: the column holds the names of the"
                        + " constants, so storing GREEN would fail on every database. Fix: Set @Column(length = 5) or more"
                        + " on Tag.color.")
                .inFile(tag.file()).onLine(tag.line("Color color")).atColumn(tag.column("3)"));
        assertThat(compilation).hadErrorCount(1);
        assertNoDao(compilation, "test.Tag");
    }

    /** Java names have no length limit; the default length, 255, holds every name a reader would write, not all. */
    @Test
    void enumConstantLongerThanTheDefaultLength() {
        String constant = "A".repeat(256);
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n        Kind kind) {\n"
                + "    enum Kind { SHORT, " + constant + " }\n}\n");

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:enum-length");
        assertThat(compilation)
                .hadErrorContaining("[relata:enum-length] Tag.kind has a VARCHAR(255) column (the default length), too"
                        + " short for test.Tag.Kind." + constant + ", whose name takes 256 characters:")
                .inFile(tag.file()).onLine(tag.line("Kind kind"));
        assertThat(compilation).hadErrorContaining("Fix: Set @Column(length = 256) or more on Tag.kind.");
        assertNoDao(compilation, "test.Tag");
    }

    /**
     * A length that holds the longest name compiles without warnings; databases count characters, so
     * a name of three accented letters fits a length of three.
     */
    @Test
    void enumConstantsThatFitTheLengthCompileWithoutWarnings() {
        Source color = Source.model("test.Color", "public enum Color { RED, GREEN }\n");
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        @Column(length = 5) Color color,
                        @Column(length = 3) Season season,
                        @Column(length = 3) String code) {
                    public enum Season { ÉTÉ }
                }
                """);

        Compiled compilation = compile(List.of("-Xlint:all,-processing", "-Werror"), color, tag);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.TagDao");
    }

    /** Only String and enum columns have a length; on any other type it does nothing, which is worth a warning. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "int                  | int",
        "Long                 | java.lang.Long",
        "char                 | char",
        "java.util.UUID       | java.util.UUID",
        "java.math.BigDecimal | java.math.BigDecimal",
        "byte[]               | byte[]",
    })
    void lengthOnATypeWithoutOne(String type, String shown) {
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n"
                + "        @Column(length = 2000) " + type + " value) {}\n");

        Compiled compilation = compile(tag);

        assertWellReported(compilation);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[relata:ignored-length] @Column(length = 2000) on Tag.value is ignored: Tag.value"
                        + " has the type " + shown + ", and only String and enum columns have a length. Fix: Remove length"
                        + " from the @Column (Django's fields.W122), or suppress with"
                        + " @SuppressWarnings(\"relata:ignored-length\").")
                .inFile(tag.file()).onLine(tag.line(" value)")).atColumn(tag.column("2000"));
        assertThat(compilation).hadWarningCount(1);
    }

    @ParameterizedTest(name = "@Default(\"{1}\") {0}")
    @CsvSource(delimiter = '|', value = {
        "int                 | many       | int                 | `many` is not a whole number",
        "long                | 1.5        | long                | `1.5` is not a whole number",
        "boolean             | yes        | boolean             | write true or false",
        "Color               | PURPLE     | test.Color          | write one of the constants RED, GREEN",
        "char                | ab         | char                | a char default is exactly one character",
        "java.time.LocalDate | 2024-13-01 | java.time.LocalDate | `2024-13-01` is not a valid date, such as 2024-12-31",
        "java.util.UUID      | not-a-uuid | java.util.UUID      | `not-a-uuid` is not a valid UUID",
        "byte                | 300        | byte                | `300` does not fit a byte (-128 to 127)",
        "double              | 1e400      | double              | `1e400` does not fit a double (-1.7976931348623157E308 to 1.7976931348623157E308)",
        "Double              | -1e309     | java.lang.Double    | `-1e309` does not fit a double (-1.7976931348623157E308 to 1.7976931348623157E308)",
        "float               | 3.5e38     | float               | `3.5e38` does not fit a float (-3.4028234663852886E38 to 3.4028234663852886E38)",
        "float               | 3.4028235e38 | float             | `3.4028235e38` does not fit a float (-3.4028234663852886E38 to 3.4028234663852886E38)",
        "double              | 1e-400     | double              | `1e-400` is nearer to zero than any double, so it would become 0 (the smallest non-zero double is 4.9E-324)",
        "float               | -1e-50     | float               | `-1e-50` is nearer to zero than any float, so it would become 0 (the smallest non-zero float is 1.4E-45)",
        "java.math.BigDecimal | 1e40      | java.math.BigDecimal | `1e40` has 41 digits before the point and 0 after it, where MariaDB's DECIMAL(65, 30) keeps at most 35 and 30",
        "java.math.BigDecimal | 0.1234567890123456789012345678901 | java.math.BigDecimal | `0.1234567890123456789012345678901` has 0 digits before the point and 31 after it, where MariaDB's DECIMAL(65, 30) keeps at most 35 and 30",
        "java.math.BigDecimal | 1e99999999999 | java.math.BigDecimal | `1e99999999999` is not a valid decimal number",
    })
    void defaultThatIsNotALiteralOfTheType(String type, String literal, String shown, String problem) {
        Source color = Source.model("test.Color", "public enum Color { RED, GREEN }\n");
        Source tag = Source.model("test.Tag", "@Model\npublic record Tag(\n        @Id long id,\n"
                + "        @Default(\"" + literal + "\") " + type + " value) {}\n");

        Compiled compilation = compile(color, tag);

        assertOnlyErrors(compilation, "relata:invalid-default");
        assertThat(compilation)
                .hadErrorContaining("[relata:invalid-default] @Default(\"" + literal + "\") on Tag.value is not a literal"
                        + " of type " + shown + ": " + problem)
                .inFile(tag.file()).onLine(tag.line(" value)")).atColumn(tag.column("\"" + literal));
        assertThat(compilation).hadErrorContaining(". Fix: Write the default as a literal of " + shown + ", or remove the @Default.");
        assertNoDao(compilation, "test.Tag");
    }

    /**
     * The extremes of float and double, written as MariaDB reads them (as a double, compared with the
     * type's largest value), compile without warnings, and H2 creates and validates their schema.
     */
    @Test
    void floatingPointDefaultsAtTheTypesLimitsCompileWithoutWarnings() {
        Source limits = Source.model("test.Limits", """
                @Model
                public record Limits(
                        @Id long id,
                        @Default("1.7976931348623157E308") double largest,
                        @Default("-1.7976931348623157e308") double lowest,
                        @Default("4.9e-324") double smallest,
                        @Default("0.0e-400") double zero,
                        @Default("3.4028234663852886E38") float largestFloat,
                        @Default("1.4e-45") float smallestFloat,
                        @Default("1e-40") float subnormalFloat) {}
                """);

        Compiled compilation = compile(List.of("-Xlint:all,-processing", "-Werror"), limits);

        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation.compilation());
        dev.relata.Database db = GeneratedClasses.h2();
        classes.callStatic("test.RelataSchema", "create", db);
        classes.callStatic("test.RelataSchema", "validate", db);
    }

    @Test
    void defaultOnBytes() {
        Source tag = Source.model("test.Tag", """
                @Model
                public record Tag(
                        @Id long id,
                        @Default("00ff") byte[] data) {}
                """);

        Compiled compilation = compile(tag);

        assertOnlyErrors(compilation, "relata:invalid-default");
        assertThat(compilation)
                .hadErrorContaining("[relata:invalid-default] @Default(\"00ff\") on Tag.data is not a literal of type"
                        + " byte[]: byte[] columns take no default.")
                .inFile(tag.file()).onLine(tag.line("byte[] data"));
        assertWithMessage("generated").that(compilation.generatedTypes()).isEmpty();
    }

    @Test
    void aStringDefaultWrittenWithQuotesKeepsThemAndIsWarnedAbout() {
        Source theme = Source.model("test.Theme", """
                @Model
                public record Theme(
                        @Id long id,
                        @Default("'light'") String name) {}
                """);

        Compiled compilation = compile(theme);

        assertWellReported(compilation);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[relata:quoted-default] @Default(\"'light'\") on Theme.name is the text 'light',"
                        + " quotes included: @Default takes a value as it is, where limitChoicesTo quotes its strings."
                        + " Fix: Write @Default(\"light\") for the text light, or suppress with"
                        + " @SuppressWarnings(\"relata:quoted-default\") if the quotes belong to the value.")
                .inFile(theme.file()).onLine(theme.line("@Default"));
        assertThat(compilation).hadWarningCount(1);
    }

    /** A record of a key and {@code strings} String components, one of them 500 characters long. */
    private static Source wide(int strings, String annotations) {
        StringBuilder record = new StringBuilder(annotations + "@Model\npublic record Wide(\n        @Id long id");
        for (int i = 0; i < strings; i++) {
            record.append(",\n        ").append(i == 7 ? "@Column(length = 500) " : "").append("String text").append(i);
        }
        return Source.model("test.Wide", record.append(") {}\n").toString());
    }

    /**
     * MariaDB counts a row's largest size when it creates the table: a key and 63 text columns, one
     * of 500 characters, fit its 65,535 bytes; a 64th does not, a table H2 and PostgreSQL take.
     */
    @Test
    void aRowLargerThanMariaDbAllowsIsAWarning() {
        Source fits = wide(63, "");
        Source tooWide = wide(64, "");

        assertThat(compile(List.of("-Xlint:all,-processing", "-Werror"), fits)).succeededWithoutWarnings();
        Compiled compilation = compile(tooWide);

        assertThat(compilation).succeeded();
        // 8 for the key, 63 times 4 * 255 + 2, and 4 * 500 + 2 for text7.
        assertThat(compilation)
                .hadWarningContaining("[relata:row-too-large] A row of Wide's table `wide` takes up to 66,396 bytes on"
                        + " MariaDB (a VARCHAR counts 4 bytes a character in utf8mb4), more than the 65,535 bytes it"
                        + " allows in a row: its CREATE TABLE fails there. Fix: Shorten the longest text columns (text7"
                        + " (500), text0 (255), text1 (255)), or give one a length over 16,383 characters, which makes it"
                        + " a MEDIUMTEXT that counts 11 bytes; where the schema never runs on MariaDB, suppress with"
                        + " @SuppressWarnings(\"relata:row-too-large\").")
                .inFile(tooWide.file()).onLine(tooWide.line("@Model"));
        assertThat(compilation).hadWarningCount(1);
        assertThat(compile(List.of("-Xlint:all,-processing", "-Werror"), wide(64,
                "@SuppressWarnings(\"relata:row-too-large\")\n"))).succeededWithoutWarnings();
    }
}
