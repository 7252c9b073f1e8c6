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

/**
 * A {@code @ForeignKey} is checked as a {@code @OneToOneField} is (delete rules, targets, accessor
 * names, conditions, naming), except that it may point at its model's own parent, and a unique one
 * is a one-to-one in disguise (Django's {@code fields.W342}).
 */
class ForeignKeyDiagnosticsTest {
    private static final Source RESTAURANT = Source.model("test.Restaurant", """
            @Model
            public record Restaurant(@Id long id, String name, boolean open) {}
            """);

    @Test
    void aValidForeignKeyCompilesWithoutWarningsAndGeneratesTheListAccessors() throws Exception {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "open = true")
                        long restaurant,
                        String name) {}
                """);

        Compiled compilation = compileStrictly(RESTAURANT, waiter);

        assertThat(compilation).succeeded();
        String restaurantDao = source(compilation, "RestaurantDao.java");
        assertWithMessage("RestaurantDao").that(restaurantDao).contains("public List<Waiter> waiterList(Restaurant restaurant)");
        assertWithMessage("RestaurantDao").that(restaurantDao)
                .contains("public Map<Long, List<Waiter>> waiterListFor(Collection<? extends Restaurant> restaurants)");
        String waiterDao = source(compilation, "WaiterDao.java");
        assertWithMessage("WaiterDao").that(waiterDao).contains("public Restaurant restaurant(Waiter waiter)");
        assertWithMessage("WaiterDao").that(waiterDao).contains("public List<Restaurant> restaurantChoices()");
        assertWithMessage("a foreign key's choices are not only the targets nothing links to yet").that(waiterDao)
                .doesNotContain("NOT EXISTS");
        String schema = source(compilation, "RelataSchema.java");
        assertWithMessage("RelataSchema").that(schema).contains("CREATE INDEX");
        assertWithMessage("RelataSchema: no UNIQUE on a foreign key").that(schema).doesNotContain("UNIQUE (");
    }

    private static String source(Compiled compilation, String fileName) throws java.io.IOException {
        String type = "test." + fileName.substring(0, fileName.length() - ".java".length());
        return compilation.compilation().generatedSourceFile(type).orElseThrow(() -> new AssertionError("no " + type))
                .getCharContent(true).toString();
    }

    @Test
    void withoutOnDelete() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class) long restaurant) {}
                """);

        Compiled compilation = compile(RESTAURANT, waiter);

        assertOnlyErrors(compilation, "relata:missing-on-delete");
        assertThat(compilation)
                .hadErrorContaining("[relata:missing-on-delete] @ForeignKey Waiter.restaurant has no onDelete: say what"
                        + " happens to Waiter rows when the Restaurant they link to is deleted.")
                .inFile(waiter.file()).onLine(waiter.line("@ForeignKey"));
        assertNoDao(compilation, "test.Waiter");
    }

    @Test
    void bothOneToOneAndForeignKey() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @OneToOneField(to = Restaurant.class, onDelete = OnDelete.CASCADE)
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant) {}
                """);

        Compiled compilation = compile(RESTAURANT, waiter);

        assertOnlyErrors(compilation, "relata:one-to-one-and-foreign-key");
        assertThat(compilation)
                .hadErrorContaining("[relata:one-to-one-and-foreign-key] Waiter.restaurant is both @OneToOneField and"
                        + " @ForeignKey. Fix: Keep @OneToOneField if at most one Waiter may link to each target, or"
                        + " @ForeignKey if many may.")
                .inFile(waiter.file()).onLine(waiter.line("@ForeignKey"));
        assertNoDao(compilation, "test.Waiter");
    }

    @Test
    void aUniqueForeignKeyIsAOneToOne() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) @Column(unique = true)
                        long restaurant) {}
                """);

        Compiled compilation = compile(RESTAURANT, waiter);

        assertWellReported(compilation);
        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[relata:unique-foreign-key] @ForeignKey Waiter.restaurant is @Column(unique ="
                        + " true), so at most one Waiter can link to each Restaurant: it is a one-to-one link. Fix: Use"
                        + " @OneToOneField for Waiter.restaurant (Django's fields.W342), or suppress with"
                        + " @SuppressWarnings(\"relata:unique-foreign-key\").")
                .inFile(waiter.file()).onLine(waiter.line("@ForeignKey"));
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void aForeignKeyThatIsTheKeyIsAOneToOne() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant,
                        String name) {}
                """);

        Compiled compilation = compile(RESTAURANT, waiter);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[relata:unique-foreign-key] @ForeignKey Waiter.restaurant is the key of Waiter,"
                        + " so at most one Waiter can link to each Restaurant")
                .inFile(waiter.file()).onLine(waiter.line("@ForeignKey"));
    }

    @Test
    void setNullOnANonNullableForeignKey() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.SET_NULL) long restaurant) {}
                """);

        Compiled compilation = compile(RESTAURANT, waiter);

        assertOnlyErrors(compilation, "relata:set-null-not-nullable");
        assertThat(compilation)
                .hadErrorContaining("[relata:set-null-not-nullable] Waiter.restaurant specifies onDelete = SET_NULL, but"
                        + " cannot be null.")
                .inFile(waiter.file()).onLine(waiter.line("@ForeignKey"));
    }

    @Test
    void twoForeignKeysToOneModelClashByTheirDefaultReverseNames() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long formerRestaurant) {}
                """);

        Compiled compilation = compile(RESTAURANT, waiter);

        assertOnlyErrors(compilation, "relata:reverse-accessor-clash");
        assertThat(compilation)
                .hadErrorContaining("[relata:reverse-accessor-clash] Reverse accessor RestaurantDao.waiterList for"
                        + " Waiter.formerRestaurant clashes with the reverse accessor for Waiter.restaurant. Fix: Rename one"
                        + " of them: add or change a relatedName on Waiter.formerRestaurant or Waiter.restaurant.")
                .inFile(waiter.file()).onLine(waiter.line("long formerRestaurant"));
    }

    @Test
    void theReverseListAccessorClashesWithAComponentOfTheTarget() {
        Source restaurant = Source.model("test.Restaurant", """
                @Model
                public record Restaurant(@Id long id, String waiterList) {}
                """);
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant) {}
                """);

        Compiled compilation = compile(restaurant, waiter);

        assertOnlyErrors(compilation, "relata:accessor-clashes-component");
        assertThat(compilation)
                .hadErrorContaining("[relata:accessor-clashes-component] Accessor RestaurantDao.waiterList for"
                        + " Waiter.restaurant clashes with the component Restaurant.waiterList.")
                .inFile(waiter.file()).onLine(waiter.line("@ForeignKey"));
    }

    @Test
    void aOneToOneAndAForeignKeyToOneModelDoNotClash() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant,
                        @OneToOneField(to = Restaurant.class, onDelete = OnDelete.CASCADE, relatedName = "headWaiter")
                        long heads) {}
                """);

        assertThat(compileStrictly(RESTAURANT, waiter)).succeeded();
    }

    @Test
    void aHiddenForeignKeyHasNoReverseAccessor() throws Exception {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE, relatedName = "+") long restaurant,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE, relatedName = "+") long previous) {}
                """);

        Compiled compilation = compileStrictly(RESTAURANT, waiter);

        assertThat(compilation).succeeded();
        assertWithMessage("RestaurantDao").that(source(compilation, "RestaurantDao.java")).doesNotContain("waiterList");
    }

    @Test
    void aForeignKeyFromAChildToItsParentIsALinkOfItsOwn() {
        Source place = Source.model("test.Place", """
                @Model
                public record Place(@Id long id, String name) {}
                """);
        Source parkingLot = Source.model("test.ParkingLot", """
                @Model
                public record ParkingLot(
                        @Parent Place place,
                        @ForeignKey(to = Place.class, onDelete = OnDelete.CASCADE) long mainSite) {}
                """);

        Compiled compilation = compileStrictly(place, parkingLot);

        assertThat(compilation).succeeded();
    }

    @Test
    void aOneToOneFromAChildToItsParentStaysRedundant() {
        Source place = Source.model("test.Place", """
                @Model
                public record Place(@Id long id, String name) {}
                """);
        Source parkingLot = Source.model("test.ParkingLot", """
                @Model
                public record ParkingLot(
                        @Parent Place place,
                        @OneToOneField(to = Place.class, onDelete = OnDelete.CASCADE) long mainSite) {}
                """);

        assertOnlyErrors(compile(place, parkingLot), "relata:redundant-parent-link");
    }

    @Test
    void limitChoicesToNamesNoComponentOfTheTarget() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "closed = true")
                        long restaurant) {}
                """);

        Compiled compilation = compile(RESTAURANT, waiter);

        assertOnlyErrors(compilation, "relata:condition-unknown-component");
        assertThat(compilation)
                .hadErrorContaining("[relata:condition-unknown-component] limitChoicesTo on Waiter.restaurant names"
                        + " `closed`, which is not a component of Restaurant.")
                .inFile(waiter.file());
    }

    @Test
    void aForeignKeyNamedAfterAnotherModel() {
        Source user = Source.model("test.User", """
                @Model
                public record User(@Id long id) {}
                """);
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long user) {}
                """);

        Compiled compilation = compile(RESTAURANT, user, waiter);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .hadWarningContaining("[relata:link-name-mismatch] Waiter.user is named after the model User, but it"
                        + " links to Restaurant.")
                .inFile(waiter.file()).onLine(waiter.line("long user"));
    }

    @Test
    void aForeignKeyToARecordThatIsNotAModel() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = String.class, onDelete = OnDelete.CASCADE) long restaurant) {}
                """);

        Compiled compilation = compile(waiter);

        assertOnlyErrors(compilation, "relata:target-not-model");
        assertThat(compilation)
                .hadErrorContaining("[relata:target-not-model] @ForeignKey Waiter.restaurant points to java.lang.String,"
                        + " which is not a @Model record.");
    }
    @Test
    void aFinderFollowsForeignKeysBothWaysButCannotOrderByTheManySide() {
        Source waiter = Source.model("test.Waiter", """
                @Model
                public record Waiter(
                        @Id long id,
                        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant,
                        String name) {}
                """);
        Source valid = Source.of("test.RestaurantFinders", """
                package test;

                import dev.relata.*;
                import java.util.List;

                @Finders(Restaurant.class)
                public interface RestaurantFinders {
                    @Where("waiterList.name = :name") @OrderBy("name")
                    List<Restaurant> withWaiter(String name);
                }
                """);
        assertThat(compileStrictly(RESTAURANT, waiter, valid)).succeeded();

        Source ordered = Source.of("test.RestaurantFinders", """
                package test;

                import dev.relata.*;
                import java.util.List;

                @Finders(Restaurant.class)
                public interface RestaurantFinders {
                    @OrderBy("waiterList.name")
                    List<Restaurant> byWaiter();
                }
                """);

        Compiled compilation = compile(RESTAURANT, waiter, ordered);

        assertOnlyErrors(compilation, "relata:finder-order-through-many");
        assertThat(compilation)
                .hadErrorContaining("[relata:finder-order-through-many] @OrderBy on RestaurantFinders.byWaiter names"
                        + " `waiterList.name`, which follows the @ForeignKey Waiter.restaurant backward: a Restaurant may"
                        + " have any number of Waiter rows, so it has no one value to order by. Fix: Order by a component"
                        + " of the model, or by a path that follows links forward or one-to-one links backward (not"
                        + " through `waiterList`).")
                .inFile(ordered.file()).onLine(ordered.line("@OrderBy"));
    }
}
