package dev.relata.it.choices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.ChoiceNotAllowedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code limitChoicesTo} on a link to a {@code @Parent} child names the components the child
 * inherits, as Django's {@code limit_choices_to} names inherited fields: the choices, and the check
 * of every write, read them from the ancestors' tables.
 */
class InheritedChoicesTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.CHOICES);

    final StallDao stalls = new StallDao(database.db());
    final KioskDao kiosks = new KioskDao(database.db());
    final VendorDao vendors = new VendorDao(database.db());
    final FranchiseDao franchises = new FranchiseDao(database.db());

    Stall openBig;
    Stall closedBig;
    Stall openSmall;
    Kiosk kale;
    Kiosk kettle;
    Kiosk generic;
    Kiosk bakery;
    Kiosk shut;

    @BeforeEach
    void addPlaces() {
        openBig = stalls.insert(new Stall(new Venue(0, "North", true), 3));
        closedBig = stalls.insert(new Stall(new Venue(0, "South", false), 5));
        openSmall = stalls.insert(new Stall(new Venue(0, "East", true), 1));
        kale = kiosks.insert(new Kiosk(new Stall(new Venue(0, "Kale Corner", true), 1), "Greens"));
        kettle = kiosks.insert(new Kiosk(new Stall(new Venue(0, "Kettle", false), 0), "Brew"));
        generic = kiosks.insert(new Kiosk(new Stall(new Venue(0, "Kwik", true), 2), "Generic"));
        bakery = kiosks.insert(new Kiosk(new Stall(new Venue(0, "Bakery", true), 2), "Crumbs"));
        shut = kiosks.insert(new Kiosk(new Stall(new Venue(0, "Kiln", true), 0), "Pots"));
    }

    static long key(Stall stall) {
        return stall.venue().id();
    }

    static long key(Kiosk kiosk) {
        return key(kiosk.stall());
    }

    @Test
    void choicesMatchInheritedAndOwnComponents() {
        // open (Venue's) and stands (Stall's own); kale, generic, bakery are stalls too: their Stall rows count.
        assertEquals(List.of(key(openBig), key(generic), key(bakery)),
                vendors.stallChoices().stream().map(InheritedChoicesTest::key).toList());
        // name (Venue's), stands and open (Stall's and Venue's), brand (Kiosk's own).
        assertEquals(List.of(kale, kettle), franchises.kioskChoices());
    }

    @Test
    void writesToATargetThatInheritedComponentsExcludeAreRefusedAndWriteNothing() {
        ChoiceNotAllowedException closed = assertThrows(ChoiceNotAllowedException.class,
                () -> vendors.insert(new Vendor(0, key(closedBig))));
        assertEquals("stall", closed.relation());
        assertEquals(Long.valueOf(key(closedBig)), closed.targetKey());
        assertThrows(ChoiceNotAllowedException.class, () -> vendors.insertAll(List.of(
                new Vendor(0, key(openBig)), new Vendor(0, key(openSmall)))));
        assertThrows(ChoiceNotAllowedException.class, () -> franchises.insert(new Franchise(0, key(bakery))));
        assertThrows(ChoiceNotAllowedException.class, () -> franchises.insert(new Franchise(0, key(generic))));
        assertThrows(ChoiceNotAllowedException.class, () -> franchises.insert(new Franchise(0, key(shut))));

        assertEquals(0, vendors.count() + franchises.count());
    }

    @Test
    void writesToMatchingTargetsAreAllowed() {
        Vendor vendor = vendors.insert(new Vendor(0, key(openBig)));
        franchises.insertAll(List.of(new Franchise(0, key(kale)), new Franchise(0, key(kettle)),
                new Franchise(0, key(kale))));

        assertEquals(1, vendors.count());
        assertEquals(3, franchises.count());
        assertThrows(ChoiceNotAllowedException.class, () -> vendors.update(new Vendor(vendor.id(), key(closedBig))));
        assertEquals(List.of(vendor), vendors.findAll());
    }

    @Test
    void aTargetThatStopsMatchingThroughItsParentIsNoLongerAChoice() {
        new VenueDao(database.db()).update(new Venue(key(openBig), "North", false));

        assertEquals(List.of(key(generic), key(bakery)),
                vendors.stallChoices().stream().map(InheritedChoicesTest::key).toList());
        assertThrows(ChoiceNotAllowedException.class, () -> vendors.insert(new Vendor(0, key(openBig))));
    }
}
