package dev.relata.it.manytoone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.IntegrityException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code @ForeignKey}: many rows link to one target, forward as a one-to-one does, backward as a
 * list ordered by key ({@code restaurantDao.waiterList(restaurant)}), for many targets at once too.
 */
class ForeignKeyAccessorsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.MANYTOONE);

    final RestaurantDao restaurants = new RestaurantDao(database.db());
    final WaiterDao waiters = new WaiterDao(database.db());
    final PlaceDao places = new PlaceDao(database.db());
    final BistroDao bistros = new BistroDao(database.db());
    final ParkingLotDao parkingLots = new ParkingLotDao(database.db());
    final ComplaintDao complaints = new ComplaintDao(database.db());

    @Test
    void manyWaitersLinkToOneRestaurantAndTheReverseAccessorListsThemByKey() {
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));
        Restaurant ace = restaurants.insert(new Restaurant(0, "Ace Hardware", "AH"));
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Waiter jim = waiters.insert(new Waiter(0, demon.id(), "Jim"));
        Waiter amy = waiters.insert(new Waiter(0, ace.id(), "Amy"));

        assertEquals(demon, waiters.restaurant(jim));
        assertEquals(List.of(joe, jim), restaurants.waiterList(demon));
        assertEquals(List.of(amy), restaurants.waiterList(ace));

        waiters.update(new Waiter(joe.id(), ace.id(), "Joe"));
        assertEquals(List.of(jim), restaurants.waiterList(demon));
        assertEquals(List.of(new Waiter(joe.id(), ace.id(), "Joe"), amy), restaurants.waiterList(ace));
    }

    @Test
    void aRestaurantWithoutWaitersHasAnEmptyList() {
        Restaurant empty = restaurants.insert(new Restaurant(0, "Empty", "E"));

        assertEquals(List.of(), restaurants.waiterList(empty));
    }

    @Test
    void theBatchReverseAccessorHasEveryGivenKeyWithItsWaitersByKey() {
        List<Restaurant> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(restaurants.insert(new Restaurant(0, "R" + i, "C" + i)));
        }
        List<Waiter> hired = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hired.add(new Waiter(0, all.get(i % 20).id(), "W" + i));
        }
        hired = waiters.insertAll(hired);
        long before = database.roundTrips();

        Map<Long, List<Waiter>> byRestaurant = restaurants.waiterListFor(all);

        assertTrue(database.roundTrips() - before <= 2, "one query, not one per restaurant");
        assertEquals(30, byRestaurant.size());
        for (int r = 0; r < 30; r++) {
            List<Waiter> expected = new ArrayList<>();
            for (int i = r; i < 100 && r < 20; i += 20) {
                expected.add(hired.get(i));
            }
            assertEquals(expected, byRestaurant.get(all.get(r).id()), "the waiters of restaurant " + r);
        }
        assertEquals(Map.of(), restaurants.waiterListFor(List.of()));
    }

    @Test
    void bothReverseAccessorsListRowsByKeyWhateverOrderTheyWereWrittenIn() {
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));
        Restaurant ace = restaurants.insert(new Restaurant(0, "Ace Hardware", "AH"));
        // Written highest key first: a database reading each restaurant's rows by its link's index
        // finds them in the order they were written.
        List<Waiter> written = new ArrayList<>();
        for (long id = 1_000_020; id > 1_000_000; id--) {
            written.add(waiters.insert(new Waiter(id, (id % 3 == 0 ? demon : ace).id(), "W" + id)));
        }

        Map<Long, List<Waiter>> byRestaurant = restaurants.waiterListFor(List.of(ace, demon));

        for (Restaurant restaurant : List.of(demon, ace)) {
            List<Waiter> expected = written.stream().filter(waiter -> waiter.restaurant() == restaurant.id())
                    .sorted(Comparator.comparingLong(Waiter::id)).toList();
            assertEquals(expected, byRestaurant.get(restaurant.id()), "the batch list of " + restaurant.name());
            assertEquals(expected, restaurants.waiterList(restaurant), "the list of " + restaurant.name());
        }
    }

    @Test
    void theBatchForwardAccessorFollowsEveryWaitersLink() {
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));
        Restaurant ace = restaurants.insert(new Restaurant(0, "Ace Hardware", "AH"));
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Waiter jim = waiters.insert(new Waiter(0, demon.id(), "Jim"));
        Waiter amy = waiters.insert(new Waiter(0, ace.id(), "Amy"));

        assertEquals(Map.of(joe.id(), demon, jim.id(), demon, amy.id(), ace), waiters.restaurantFor(List.of(joe, jim, amy)));
    }

    @Test
    void relatedNameNamesTheReverseAccessors() {
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Complaint cold = complaints.insert(new Complaint(0, joe.id(), "cold soup"));
        Complaint slow = complaints.insert(new Complaint(0, joe.id(), "slow"));

        assertEquals(List.of(cold, slow), waiters.complaints(joe));
        assertEquals(Map.of(joe.id(), List.of(cold, slow)), waiters.complaintsFor(List.of(joe)));
    }

    @Test
    void aParentChildLinksByForeignKeyAndIsListedWithItsParentRow() {
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));
        Bistro north = bistros.insert(new Bistro(new Place(0, "North"), demon.id(), 8));
        Bistro south = bistros.insert(new Bistro(new Place(0, "South"), demon.id(), 12));

        assertEquals(List.of(north, south), restaurants.bistros(demon));
        assertEquals(Map.of(demon.id(), List.of(north, south)), restaurants.bistrosFor(List.of(demon)));
        assertEquals(demon, bistros.restaurant(south));
    }

    @Test
    void aChildLinksToItsOwnParentModelByForeignKey() {
        Place site = places.insert(new Place(0, "Main site"));
        ParkingLot annex = parkingLots.insert(new ParkingLot(new Place(0, "Annex"), site.id(), 40));
        ParkingLot second = parkingLots.insert(new ParkingLot(new Place(0, "Second"), site.id(), 20));

        assertEquals(List.of(annex, second), places.annexes(site));
        assertEquals(java.util.Optional.of(site), parkingLots.mainSite(annex));
        assertEquals(java.util.Optional.of(annex), places.parkingLot(annex.place()));

        assertTrue(places.delete(site));
        assertEquals(List.of(new ParkingLot(annex.place(), null, 40), new ParkingLot(second.place(), null, 20)),
                parkingLots.findAll());
    }

    @Test
    void aLinkToNoRestaurantIsRefused() {
        assertThrows(IntegrityException.class, () -> waiters.insert(new Waiter(0, 999, "Nobody")));
        assertEquals(0, waiters.count());
    }

    @Test
    void aUniqueColumnRefusesASecondRowNamingTheModelAndColumn() {
        restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));

        IntegrityException refused = assertThrows(IntegrityException.class,
                () -> restaurants.insert(new Restaurant(0, "Other Dogs", "DD")));

        assertEquals("Another Restaurant already has that code: 'Restaurant.code' is unique (column code); nothing was"
                + " written.", refused.getMessage());
        assertEquals(1, restaurants.count());
    }
    @Test
    void aSecondRowOnAOneToOneSaysThatAForeignKeyAllowsMany() {
        UniformDao uniforms = new UniformDao(database.db());
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Uniform first = uniforms.insert(new Uniform(0, joe.id(), "M"));

        dev.relata.OneToOneConflictException refused = assertThrows(dev.relata.OneToOneConflictException.class,
                () -> uniforms.insert(new Uniform(0, joe.id(), "L")));

        assertEquals("Another Uniform already links to that Waiter through the one-to-one 'Uniform.waiter'; nothing was"
                + " written. If one Waiter may have many Uniform rows, declare 'Uniform.waiter' with @ForeignKey instead of"
                + " @OneToOneField.", refused.getMessage());
        assertEquals(List.of(first), uniforms.findAll());
    }
}
