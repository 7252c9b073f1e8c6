package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Foreign keys to UUID and int keys, from UUID and text keyed rows: accessors and finders. */
class UuidForeignKeyTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final CellarDao cellars = new CellarDao(database.db());
    final BottleDao bottles = new BottleDao(database.db());
    final RackDao racks = new RackDao(database.db());
    final SlotDao slots = new SlotDao(database.db());

    static UUID uuid(String text) {
        return UUID.fromString(text);
    }

    @Test
    void reverseAccessorsOfAUuidKeyListRowsByKeyTheSameEverywhere() {
        Cellar north = cellars.insert(new Cellar(uuid("80000000-0000-0000-0000-000000000000"), "North"));
        Cellar south = cellars.insert(new Cellar(uuid("00000000-0000-0000-0000-000000000001"), "South"));
        Cellar west = cellars.insert(new Cellar(uuid("ffffffff-ffff-ffff-ffff-ffffffffffff"), "West"));
        Bottle high = bottles.insert(new Bottle(uuid("f0000000-0000-0000-0000-000000000000"), north.id(), 1990));
        Bottle low = bottles.insert(new Bottle(uuid("00000000-0000-0000-8000-000000000000"), north.id(), null));
        Bottle mid = bottles.insert(new Bottle(uuid("7fffffff-ffff-ffff-ffff-ffffffffffff"), north.id(), 2010));
        Bottle other = bottles.insert(new Bottle(uuid("10000000-0000-0000-0000-000000000000"), south.id(), 2020));

        assertEquals(List.of(low, mid, high), cellars.bottleList(north));
        Map<UUID, List<Bottle>> expected = new LinkedHashMap<>();
        expected.put(north.id(), List.of(low, mid, high));
        expected.put(south.id(), List.of(other));
        expected.put(west.id(), List.of());
        assertEquals(expected, cellars.bottleListFor(List.of(north, south, west, north)));
        assertEquals(Map.of(high.id(), north, other.id(), south), bottles.cellarFor(List.of(high, other, high)));

        assertEquals(List.of(north, west), cellars.withOlderBottleOrNone(2000));
        assertEquals(List.of(north, west), cellars.withUndatedBottleOrNone());
        assertEquals(List.of(south), cellars.holdingOrRacked(List.of(other.id(), other.id()), "none"));
    }

    @Test
    void aTextKeyedRowLinksToAnIntKeyAndANullableUuidKey() {
        Cellar north = cellars.insert(new Cellar(uuid("80000000-0000-0000-0000-000000000000"), "North"));
        Cellar south = cellars.insert(new Cellar(uuid("00000000-0000-0000-0000-000000000001"), "South"));
        Rack top = racks.insert(new Rack(0, "top"));
        Rack bottom = racks.insert(new Rack(0, "bottom"));
        Slot a = slots.insert(new Slot("a", top.id(), north.id()));
        Slot b = slots.insert(new Slot("b", bottom.id(), south.id()));
        Slot c = slots.insert(new Slot("c", bottom.id(), null));
        Slot d = slots.insert(new Slot("d", top.id(), null));

        assertEquals(List.of(a, d), racks.slotList(top));
        Map<Integer, List<Slot>> expected = new LinkedHashMap<>();
        expected.put(top.id(), List.of(a, d));
        expected.put(bottom.id(), List.of(b, c));
        assertEquals(expected, racks.slotListFor(List.of(top, bottom)));
        assertEquals(Map.of(north.id(), List.of(a), south.id(), List.of(b)), cellars.slotListFor(List.of(north, south)));
        assertEquals(Map.of("a", north, "b", south), slots.cellarFor(List.of(a, b, c)));
        assertEquals(Map.of("a", top, "c", bottom), slots.rackFor(List.of(a, c)));

        assertEquals(List.of(north), cellars.holdingOrRacked(List.of(), "top"));
        List<Slot> found = slots.inRackOrCellarOrNone(top.id(), south.id());
        assertEquals(4, found.size());
        assertEquals(List.of(b, a), found.stream().filter(s -> s.cellar() != null).toList());
        assertEquals(List.of(c, d), found.stream().filter(s -> s.cellar() == null).toList());
    }
}
