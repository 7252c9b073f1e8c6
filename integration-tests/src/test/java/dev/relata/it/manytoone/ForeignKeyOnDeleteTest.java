package dev.relata.it.manytoone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Deletion;
import dev.relata.IntegrityException;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.RestrictedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The six {@code onDelete} rules on foreign keys, with many rows linking to each target, and
 * cascades through mixed chains of foreign keys, one-to-one links and {@code @Parent} links.
 */
class ForeignKeyOnDeleteTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.MANYTOONE);

    final RestaurantDao restaurants = new RestaurantDao(database.db());
    final WaiterDao waiters = new WaiterDao(database.db());
    final UniformDao uniforms = new UniformDao(database.db());
    final InspectionDao inspections = new InspectionDao(database.db());
    final BookingDao bookings = new BookingDao(database.db());
    final TipDao tips = new TipDao(database.db());
    final TableDao tables = new TableDao(database.db());
    final ComplaintDao complaints = new ComplaintDao(database.db());
    final PlaceDao places = new PlaceDao(database.db());
    final BistroDao bistros = new BistroDao(database.db());
    final VisitDao visits = new VisitDao(database.db());

    final Restaurant demon = restaurants.insert(new Restaurant(0, "Demon Dogs", "DD"));
    final Restaurant ace = restaurants.insert(new Restaurant(0, "Ace Hardware", "AH"));

    private static Reference reference(String model, String relation, long... keys) {
        List<Object> boxed = new java.util.ArrayList<>();
        for (long key : keys) {
            boxed.add(key);
        }
        return new Reference(model, relation, boxed);
    }

    @Test
    void cascadeDeletesEveryWaiterAndTheirUniformsThroughTheOneToOne() {
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Waiter jim = waiters.insert(new Waiter(0, demon.id(), "Jim"));
        Waiter amy = waiters.insert(new Waiter(0, ace.id(), "Amy"));
        uniforms.insert(new Uniform(0, joe.id(), "M"));
        Uniform amys = uniforms.insert(new Uniform(0, amy.id(), "S"));

        Deletion deletion = restaurants.deleteCounting(demon);

        assertEquals(Map.of("Restaurant", 1, "Waiter", 2, "Uniform", 1), deletion.byModel());
        assertEquals(List.of(amy), waiters.findAll());
        assertEquals(List.of(amys), uniforms.findAll());
        assertFalse(waiters.findById(jim.id()).isPresent());
    }

    @Test
    void cascadeByTheDatabaseAloneDeletesEveryLinkingRow() {
        waiters.insert(new Waiter(0, demon.id(), "Joe"));
        waiters.insert(new Waiter(0, demon.id(), "Jim"));

        assertEquals(1, database.execute("DELETE FROM {restaurant} WHERE {id} = ?", demon.id()));

        assertEquals(0, waiters.count());
    }

    @Test
    void protectRefusesWhileAnyInspectionLinksAndNamesThemAll() {
        Inspection first = inspections.insert(new Inspection(0, demon.id(), 7));
        Inspection second = inspections.insert(new Inspection(0, demon.id(), 9));
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));

        ProtectedException refused = assertThrows(ProtectedException.class, () -> restaurants.delete(demon));

        assertEquals("Restaurant", refused.model());
        assertEquals(List.of(reference("Inspection", "restaurant", first.id(), second.id())), refused.references());
        assertEquals(List.of(demon, ace), restaurants.findAll());
        assertEquals(List.of(joe), waiters.findAll());
        assertEquals(List.of(first, second), inspections.findAll());

        inspections.deleteAll(List.of(first, second));
        assertTrue(restaurants.delete(demon));
    }

    @Test
    void restrictRefusesWhenABookingStaysAndAllowsItWhenTheCascadeTakesEveryBooking() {
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Waiter amy = waiters.insert(new Waiter(0, ace.id(), "Amy"));
        Booking one = bookings.insert(new Booking(0, demon.id(), joe.id(), "Ann"));
        Booking two = bookings.insert(new Booking(0, demon.id(), joe.id(), "Ben"));
        Booking atDemonByAmy = bookings.insert(new Booking(0, demon.id(), amy.id(), "Cy"));

        // Amy, of another restaurant, took a booking at Demon Dogs: deleting Demon Dogs would leave it.
        RestrictedException refused = assertThrows(RestrictedException.class, () -> restaurants.delete(demon));
        assertEquals("Restaurant", refused.model());
        assertEquals(List.of(reference("Booking", "restaurant", atDemonByAmy.id())), refused.references());
        assertEquals(List.of(one, two, atDemonByAmy), bookings.findAll());
        assertEquals(List.of(joe, amy), waiters.findAll());

        // Once Amy is gone (and her booking with her), Joe's bookings all go with Joe: RESTRICT allows it.
        assertTrue(waiters.delete(amy));
        assertEquals(Map.of("Restaurant", 1, "Waiter", 1, "Booking", 2), restaurants.deleteCounting(demon).byModel());
        assertEquals(0, bookings.count());
    }

    @Test
    void restrictRefusesADirectDeleteOfTheRestaurant() {
        Waiter amy = waiters.insert(new Waiter(0, ace.id(), "Amy"));
        Booking booking = bookings.insert(new Booking(0, demon.id(), amy.id(), "Ann"));
        Booking other = bookings.insert(new Booking(0, demon.id(), amy.id(), "Ben"));

        RestrictedException refused = assertThrows(RestrictedException.class, () -> restaurants.deleteById(demon.id()));

        assertEquals(List.of(reference("Booking", "restaurant", booking.id(), other.id())), refused.references());
        assertEquals(2, bookings.count());
    }

    @Test
    void setNullUnlinksEveryTip() {
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Waiter jim = waiters.insert(new Waiter(0, demon.id(), "Jim"));
        Tip a = tips.insert(new Tip(0, joe.id(), 100));
        Tip b = tips.insert(new Tip(0, joe.id(), 250));
        Tip c = tips.insert(new Tip(0, jim.id(), 50));

        assertTrue(waiters.delete(joe));

        assertEquals(List.of(new Tip(a.id(), null, 100), new Tip(b.id(), null, 250), c), tips.findAll());
        assertEquals(List.of(c), waiters.tipList(jim));
    }

    @Test
    void setNullThroughACascadeUnlinksTheTipsOfEveryDeletedWaiter() {
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Waiter jim = waiters.insert(new Waiter(0, demon.id(), "Jim"));
        Tip a = tips.insert(new Tip(0, joe.id(), 100));
        Tip b = tips.insert(new Tip(0, jim.id(), 250));

        assertTrue(restaurants.delete(demon));

        assertEquals(List.of(new Tip(a.id(), null, 100), new Tip(b.id(), null, 250)), tips.findAll());
    }

    @Test
    void setDefaultMovesEveryTableToTheHeadWaiter() {
        Waiter head = waiters.insert(new Waiter(0, ace.id(), "Head"));
        assertEquals(1, head.id(), "the head waiter is the default of Table.waiter");
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Table one = tables.insert(new Table(0, joe.id(), 2));
        Table two = tables.insert(new Table(0, joe.id(), 4));

        assertTrue(waiters.delete(joe));

        assertEquals(List.of(new Table(one.id(), head.id(), 2), new Table(two.id(), head.id(), 4)), tables.findAll());
        assertEquals(List.of(new Table(one.id(), head.id(), 2), new Table(two.id(), head.id(), 4)), waiters.tableList(head));
    }

    @Test
    void doNothingLeavesItToTheDatabaseWhichRefusesAndNothingIsDeleted() {
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Complaint cold = complaints.insert(new Complaint(0, joe.id(), "cold"));
        Complaint slow = complaints.insert(new Complaint(0, joe.id(), "slow"));

        IntegrityException refused = assertThrows(IntegrityException.class, () -> restaurants.delete(demon));

        assertFalse(refused instanceof ProtectedException || refused instanceof RestrictedException, refused::toString);
        assertEquals(List.of(demon, ace), restaurants.findAll());
        assertEquals(List.of(joe), waiters.findAll());
        assertEquals(List.of(cold, slow), complaints.findAll());
    }

    @Test
    void deletingAParentRowCascadesToItsChildAndThroughTheChildsForeignKeys() {
        Bistro north = bistros.insert(new Bistro(new Place(0, "North"), demon.id(), 8));
        Bistro south = bistros.insert(new Bistro(new Place(0, "South"), demon.id(), 12));
        Visit first = visits.insert(new Visit(0, north.place().id(), "Ann"));
        visits.insert(new Visit(0, south.place().id(), "Ben"));
        visits.insert(new Visit(0, south.place().id(), "Cy"));

        assertTrue(places.delete(south.place()));
        assertEquals(List.of(north), bistros.findAll());
        assertEquals(List.of(first), visits.findAll());

        Deletion deletion = restaurants.deleteCounting(demon);
        assertEquals(Map.of("Restaurant", 1, "Bistro", 1, "Place", 1, "Visit", 1), deletion.byModel());
        assertEquals(0, places.count());
        assertEquals(0, visits.count());
    }

    @Test
    void deletingManyRestaurantsAtOnceAppliesEveryRule() {
        Waiter joe = waiters.insert(new Waiter(0, demon.id(), "Joe"));
        Waiter amy = waiters.insert(new Waiter(0, ace.id(), "Amy"));
        Tip tip = tips.insert(new Tip(0, amy.id(), 10));
        uniforms.insert(new Uniform(0, joe.id(), "L"));

        assertEquals(2, restaurants.deleteAll(List.of(demon, ace)));

        assertEquals(0, waiters.count());
        assertEquals(0, uniforms.count());
        assertEquals(List.of(new Tip(tip.id(), null, 10)), tips.findAll());
    }
}
