package dev.relata.it.manytoone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Paging;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finders and accessors through foreign keys of other shapes: to the model's own rows, to a text
 * key, through a nullable link under {@code or} and {@code is null}, and from a {@code @Parent} child.
 */
class ForeignKeyPathsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.MANYTOONE);

    final SommelierDao sommeliers = new SommelierDao(database.db());
    final SupplierDao suppliers = new SupplierDao(database.db());
    final DeliveryDao deliveries = new DeliveryDao(database.db());
    final RestaurantDao restaurants = new RestaurantDao(database.db());
    final WaiterDao waiters = new WaiterDao(database.db());
    final TipDao tips = new TipDao(database.db());
    final ComplaintDao complaints = new ComplaintDao(database.db());
    final BistroDao bistros = new BistroDao(database.db());
    final VisitDao visits = new VisitDao(database.db());
    final ParkingLotDao parkingLots = new ParkingLotDao(database.db());

    @Test
    void aForeignKeyToItsOwnModelForwardAndBackward() {
        Sommelier ann = sommeliers.insert(new Sommelier(0, null, "Ann"));
        Sommelier bob = sommeliers.insert(new Sommelier(0, ann.id(), "Bob"));
        Sommelier cy = sommeliers.insert(new Sommelier(0, bob.id(), "Cy"));
        Sommelier dee = sommeliers.insert(new Sommelier(0, ann.id(), "Dee"));
        Sommelier eve = sommeliers.insert(new Sommelier(0, null, "Eve"));

        assertEquals(List.of(ann, bob, dee, eve), sommeliers.taughtByOrSelfTaught("Ann"));
        assertEquals(List.of(cy), sommeliers.grandApprenticesOf("Ann"));
        assertEquals(List.of(ann, bob), sommeliers.mentorOfOrNamed("Bob"));
        assertEquals(List.of(eve), sommeliers.alone());
        assertEquals(List.of(ann, bob), sommeliers.mentoringAnyOf(List.of("Cy", "Dee")));
        assertEquals(List.of(bob), sommeliers.mentoringAnyOf(List.of("Cy", "Cy")));
        assertEquals(List.of(), sommeliers.mentoringAnyOf(List.of()));
        assertEquals(List.of(ann), sommeliers.grandMentorsOf("Cy"));
        assertEquals(List.of(dee), sommeliers.fellowsOf("Bob"));

        Map<Long, List<Sommelier>> expected = new LinkedHashMap<>();
        expected.put(ann.id(), List.of(bob, dee));
        expected.put(bob.id(), List.of(cy));
        expected.put(eve.id(), List.of());
        assertEquals(expected, sommeliers.apprenticesFor(List.of(ann, bob, eve, ann)));
        assertEquals(List.of(bob, dee), sommeliers.apprentices(ann));
        assertEquals(java.util.Optional.of(bob), sommeliers.mentor(cy));
    }

    @Test
    void twoListsInOneFinderUnderOr() {
        Sommelier ann = sommeliers.insert(new Sommelier(0, null, "Ann"));
        Sommelier bob = sommeliers.insert(new Sommelier(0, ann.id(), "Bob"));
        Sommelier cy = sommeliers.insert(new Sommelier(0, bob.id(), "Cy"));
        Sommelier dee = sommeliers.insert(new Sommelier(0, ann.id(), "Dee"));
        Sommelier eve = sommeliers.insert(new Sommelier(0, null, "Eve"));

        assertEquals(List.of(bob, dee), sommeliers.namedOrTaughtBy(List.of(), List.of("Ann")));
        assertEquals(List.of(eve), sommeliers.namedOrTaughtBy(List.of("Eve"), List.of()));
        assertEquals(List.of(cy, eve), sommeliers.namedOrTaughtBy(Arrays.asList("Eve", null, "Eve"), List.of("Bob")));
    }

    @Test
    void pagesOrderedThroughANullableSelfLinkCoverEveryRowOnce() {
        Sommelier ann = sommeliers.insert(new Sommelier(0, null, "Ann"));
        Sommelier bob = sommeliers.insert(new Sommelier(0, ann.id(), "Bob"));
        sommeliers.insert(new Sommelier(0, bob.id(), "Cy"));
        sommeliers.insert(new Sommelier(0, ann.id(), "Dee"));
        sommeliers.insert(new Sommelier(0, null, "Eve"));

        List<Sommelier> all = sommeliers.byMentor(Paging.first(100));
        List<Sommelier> paged = new ArrayList<>();
        for (Paging page = Paging.first(2); page.offset() < 6; page = page.next()) {
            paged.addAll(sommeliers.byMentor(page));
        }
        assertEquals(all, paged);
        assertEquals(5, all.size());
    }

    @Test
    void aForeignKeyToATextKey() {
        Supplier acme = suppliers.insert(new Supplier("a", "Acme"));
        Supplier apex = suppliers.insert(new Supplier("A", "Apex"));
        Supplier bolt = suppliers.insert(new Supplier("b ", "Bolt"));
        Supplier crate = suppliers.insert(new Supplier("c", "Crate"));
        Delivery d1 = deliveries.insert(new Delivery(0, "a", "x"));
        Delivery d2 = deliveries.insert(new Delivery(0, "a", null));
        Delivery d3 = deliveries.insert(new Delivery(0, "A", "x"));
        Delivery d4 = deliveries.insert(new Delivery(0, "b ", "y"));

        assertEquals(List.of(d3, d1, d2), deliveries.fromSupplierLike("A%"));
        assertEquals(List.of(bolt, crate), suppliers.withDeliveryNotedOrNone("y"));
        Map<String, List<Delivery>> expected = new LinkedHashMap<>();
        expected.put("a", List.of(d1, d2));
        expected.put("A", List.of(d3));
        expected.put("b ", List.of(d4));
        expected.put("c", List.of());
        assertEquals(expected, suppliers.deliveryListFor(List.of(acme, apex, bolt, crate)));
        assertEquals(List.of(d1, d2), suppliers.deliveryList(acme));
        assertEquals(List.of(d4), suppliers.deliveryList(bolt));
        assertEquals(Map.of(d1.id(), acme, d3.id(), apex, d4.id(), bolt), deliveries.supplierFor(List.of(d1, d3, d4)));
        assertEquals(bolt, deliveries.supplier(d4));
    }

    @Test
    void aNullableForeignKeyUnderOrAndIsNull() {
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon", "D"));
        Restaurant ace = restaurants.insert(new Restaurant(0, "Ace", "A"));
        Waiter alan = waiters.insert(new Waiter(0, demon.id(), "Alan"));
        Waiter bob = waiters.insert(new Waiter(0, ace.id(), "Bob"));
        Tip t1 = tips.insert(new Tip(0, alan.id(), 500));
        Tip t2 = tips.insert(new Tip(0, bob.id(), 100));
        Tip t3 = tips.insert(new Tip(0, null, 50));
        Tip t4 = tips.insert(new Tip(0, null, 900));
        complaints.insert(new Complaint(0, alan.id(), "cold"));

        assertEquals(List.of(t1, t4), tips.atRestaurantOrAbove("D", 800));
        assertEquals(List.of(t3, t4), tips.unassigned());
        assertEquals(3, tips.countUnassignedOr("Bob"));
        assertEquals(List.of(t3, t1, t4), tips.ofComplainedOrNone("cold"));
        assertEquals(List.of(t3, t2, t4), tips.withoutComplaints());

        List<Tip> all = tips.byRestaurant(0, Paging.first(10));
        List<Tip> paged = new ArrayList<>();
        for (Paging page = Paging.first(3); page.offset() < 6; page = page.next()) {
            paged.addAll(tips.byRestaurant(0, page));
        }
        assertEquals(all, paged);
        assertEquals(4, all.size());
    }

    @Test
    void findersOfAParentChildThroughItsOwnAndInheritedLinks() {
        Restaurant demon = restaurants.insert(new Restaurant(0, "Demon", "D"));
        Restaurant ace = restaurants.insert(new Restaurant(0, "Ace", "A"));
        Bistro north = bistros.insert(new Bistro(new Place(0, "North"), demon.id(), 4));
        Bistro south = bistros.insert(new Bistro(new Place(0, "South"), demon.id(), 6));
        Bistro west = bistros.insert(new Bistro(new Place(0, "West"), ace.id(), 2));
        visits.insert(new Visit(0, north.place().id(), "Ann"));
        visits.insert(new Visit(0, north.place().id(), "Ann"));
        parkingLots.insert(new ParkingLot(new Place(0, "Lot"), north.place().id(), 40));

        assertEquals(List.of(north, west), bistros.namedOrVisitedBy("West", "Ann"));
        assertEquals(List.of(west, south, north), bistros.unvisitedOrAt("D"));
        assertEquals(List.of(west, south), bistros.unvisitedOrAt("X"));
        assertEquals(List.of(north), bistros.withAnnexAbove(10));
        assertEquals(List.of(), bistros.withAnnexAbove(40));
        assertEquals(List.of(north, south, west), bistros.parkingAboveOrNone(10));
        assertEquals(List.of(south), bistros.siblingsOf("North"));

        Map<Long, List<Bistro>> expected = new LinkedHashMap<>();
        expected.put(demon.id(), List.of(north, south));
        expected.put(ace.id(), List.of(west));
        assertEquals(expected, restaurants.bistrosFor(List.of(demon, ace, demon)));
        assertEquals(Map.of(), restaurants.bistrosFor(List.of()));
    }
}
