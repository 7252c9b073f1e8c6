package dev.relata.it.manytoone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finders through foreign keys: forward as a join, backward as "some linking row matches", each row once. */
class ForeignKeyFindersTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.MANYTOONE);

    final RestaurantDao restaurants = new RestaurantDao(database.db());
    final WaiterDao waiters = new WaiterDao(database.db());
    final TipDao tips = new TipDao(database.db());
    final BistroDao bistros = new BistroDao(database.db());
    final InspectionDao inspections = new InspectionDao(database.db());

    Restaurant ace;
    Restaurant bistrot;
    Restaurant demon;
    Waiter alan;
    Waiter alanToo;
    Waiter bob;

    @BeforeEach
    void seed() {
        ace = restaurants.insert(new Restaurant(0, "Ace", "A"));
        bistrot = restaurants.insert(new Restaurant(0, "Bistrot", "B"));
        demon = restaurants.insert(new Restaurant(0, "Demon", "D"));
        alan = waiters.insert(new Waiter(0, demon.id(), "Alan"));
        alanToo = waiters.insert(new Waiter(0, demon.id(), "Alan"));
        bob = waiters.insert(new Waiter(0, ace.id(), "Bob"));
        waiters.insert(new Waiter(0, ace.id(), "Alan"));
        tips.insert(new Tip(0, alan.id(), 500));
        tips.insert(new Tip(0, alanToo.id(), 700));
        tips.insert(new Tip(0, bob.id(), 100));
        bistros.insert(new Bistro(new Place(0, "North"), bistrot.id(), 4));
        bistros.insert(new Bistro(new Place(0, "South"), bistrot.id(), 6));
        inspections.insert(new Inspection(0, demon.id(), 3));
        inspections.insert(new Inspection(0, demon.id(), 9));
        inspections.insert(new Inspection(0, ace.id(), 8));
    }

    @Test
    void backwardThroughAForeignKeyEachRestaurantComesOnceHoweverManyWaitersMatch() {
        assertEquals(List.of(ace, demon), restaurants.withWaiterNamed("Alan"));
        assertEquals(2, restaurants.countWithWaiterNamed("Alan"));
        assertEquals(List.of(ace), restaurants.withWaiterNamed("Bob"));
        assertEquals(List.of(), restaurants.withWaiterNamed("Zoe"));
    }

    @Test
    void backwardThroughTwoForeignKeys() {
        assertEquals(List.of(demon), restaurants.withATipOfAtLeast(500));
        assertEquals(List.of(ace, demon), restaurants.withATipOfAtLeast(100));
    }

    @Test
    void backwardToAParentChildUnderOr() {
        assertEquals(List.of(ace, bistrot), restaurants.withCodeOrBistro("A", "South"));
        assertEquals(List.of(bistrot), restaurants.withCodeOrBistro("X", "North"));
    }

    @Test
    void twoForeignKeysBackwardInOneCondition() {
        assertEquals(List.of(demon), restaurants.withWaiterAndInspectionBelow("Alan", 5));
        assertEquals(List.of(ace, demon), restaurants.withWaiterAndInspectionBelow("Alan", 10));
    }

    /**
     * {@code is null} backward through a foreign key, as Django's LEFT JOIN reads it: a restaurant with
     * no linking row matches too, and one whose linking rows all have a value does not.
     */
    @Test
    void isNullBackwardMatchesTheRowsThatNothingLinksTo() {
        assertEquals(List.of(bistrot), restaurants.withoutWaiters());
        assertEquals(List.of(ace, bistrot), restaurants.withAnUntippedWaiterOrNone());
    }

    @Test
    void forwardThroughAForeignKey() {
        assertEquals(List.of(alan, alanToo), waiters.atRestaurant("D"));
        List<Waiter> all = waiters.byRestaurant();
        assertEquals(List.of("Demon", "Demon", "Ace", "Ace"),
                all.stream().map(w -> waiters.restaurant(w).name()).toList());
        assertEquals(List.of("Alan", "Alan", "Alan", "Bob"), all.stream().map(Waiter::name).toList());
    }
}
