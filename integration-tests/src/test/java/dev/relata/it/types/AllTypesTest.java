package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every supported component type is written and read back unchanged. */
class AllTypesTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    final AllTypesDao rows = new AllTypesDao(database.db());

    static AllTypes largest() {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        return new AllTypes(0, true, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, 1.5f,
                1_234_567.875, 'Z', Boolean.TRUE, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                3.25f, 9_007_199_254_740_992.0, 'Q', "Grüße, 世界 ✓", new BigDecimal("98765.43"),
                UUID.fromString("ffffffff-ffff-ffff-ffff-fffffffffffe"), LocalDate.of(2024, 2, 29),
                LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000), Instant.parse("2024-03-31T01:30:00.654321Z"),
                everyByte, Color.BLUE);
    }

    static AllTypes smallest() {
        return new AllTypes(0, false, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, -0.5f,
                -2.25, 'a', Boolean.FALSE, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, -0.125f,
                -1e-9, '0', "", new BigDecimal("-0.01"), new UUID(0, 0), LocalDate.of(1969, 7, 20),
                LocalDateTime.of(1969, 7, 20, 20, 17, 40), Instant.EPOCH, new byte[0], Color.RED);
    }

    static AllTypes withId(long id, AllTypes row) {
        return new AllTypes(id, row.flag(), row.tiny(), row.small(), row.number(), row.big(), row.ratio(),
                row.measure(), row.letter(), row.boxedFlag(), row.boxedTiny(), row.boxedSmall(), row.boxedNumber(),
                row.boxedBig(), row.boxedRatio(), row.boxedMeasure(), row.boxedLetter(), row.text(), row.amount(),
                row.token(), row.day(), row.moment(), row.instant(), row.payload(), row.color());
    }

    /**
     * Compares component by component: a record compares its byte[] by identity, and a
     * BigDecimal read back may carry the column's scale (98765.43 as 98765.4300).
     */
    static void assertSameValues(AllTypes expected, AllTypes actual) {
        assertEquals(expected.id(), actual.id(), "id");
        assertEquals(expected.flag(), actual.flag(), "flag");
        assertEquals(expected.tiny(), actual.tiny(), "tiny");
        assertEquals(expected.small(), actual.small(), "small");
        assertEquals(expected.number(), actual.number(), "number");
        assertEquals(expected.big(), actual.big(), "big");
        assertEquals(expected.ratio(), actual.ratio(), "ratio");
        assertEquals(expected.measure(), actual.measure(), "measure");
        assertEquals(expected.letter(), actual.letter(), "letter");
        assertEquals(expected.boxedFlag(), actual.boxedFlag(), "boxedFlag");
        assertEquals(expected.boxedTiny(), actual.boxedTiny(), "boxedTiny");
        assertEquals(expected.boxedSmall(), actual.boxedSmall(), "boxedSmall");
        assertEquals(expected.boxedNumber(), actual.boxedNumber(), "boxedNumber");
        assertEquals(expected.boxedBig(), actual.boxedBig(), "boxedBig");
        assertEquals(expected.boxedRatio(), actual.boxedRatio(), "boxedRatio");
        assertEquals(expected.boxedMeasure(), actual.boxedMeasure(), "boxedMeasure");
        assertEquals(expected.boxedLetter(), actual.boxedLetter(), "boxedLetter");
        assertEquals(expected.text(), actual.text(), "text");
        assertEquals(0, expected.amount().compareTo(actual.amount()),
                () -> "amount: expected " + expected.amount() + " but was " + actual.amount());
        assertEquals(expected.token(), actual.token(), "token");
        assertEquals(expected.day(), actual.day(), "day");
        assertEquals(expected.moment(), actual.moment(), "moment");
        assertEquals(expected.instant(), actual.instant(), "instant");
        assertArrayEquals(expected.payload(), actual.payload(), "payload");
        assertEquals(expected.color(), actual.color(), "color");
    }

    @Test
    void everyTypeStoresItsLargestValues() {
        AllTypes stored = rows.insert(largest());

        assertSameValues(withId(stored.id(), largest()), rows.findById(stored.id()).orElseThrow());
    }

    @Test
    void everyTypeStoresItsSmallestAndEmptyValues() {
        AllTypes stored = rows.insert(smallest());

        assertSameValues(withId(stored.id(), smallest()), rows.findById(stored.id()).orElseThrow());
    }

    @Test
    void updateWritesEveryType() {
        AllTypes stored = rows.insert(largest());

        rows.update(withId(stored.id(), smallest()));

        assertSameValues(withId(stored.id(), smallest()), rows.findById(stored.id()).orElseThrow());
    }

    @Test
    void findAllAndInsertAllReadAndWriteEveryType() {
        List<AllTypes> stored = rows.insertAll(List.of(largest(), smallest()));

        List<AllTypes> found = rows.findAll();

        assertEquals(2, found.size());
        assertSameValues(withId(stored.get(0).id(), largest()), found.get(0));
        assertSameValues(withId(stored.get(1).id(), smallest()), found.get(1));
    }

    /**
     * Rows of 40,000 bytes each, 500 of each kind: one multi-row statement of 500 would exceed MariaDB's
     * default max_allowed_packet (16 MB), and every database must still take them in one insertAll.
     */
    @Test
    void insertAllOfWideRowsWritesThemAll() {
        byte[] wide = new byte[40_000];
        java.util.Arrays.fill(wide, (byte) 7);
        AllTypes row = largest();
        AllTypes wideRow = new AllTypes(0, row.flag(), row.tiny(), row.small(), row.number(), row.big(), row.ratio(),
                row.measure(), row.letter(), row.boxedFlag(), row.boxedTiny(), row.boxedSmall(), row.boxedNumber(),
                row.boxedBig(), row.boxedRatio(), row.boxedMeasure(), row.boxedLetter(), row.text(), row.amount(),
                row.token(), row.day(), row.moment(), row.instant(), wide, row.color());
        // 500 whose keys the database generates, then 500 with keys given: the two ways rows are written.
        List<AllTypes> given = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> i < 500 ? wideRow : withId(1_000_000 + i, wideRow))
                .toList();

        List<AllTypes> stored = rows.insertAll(given);

        assertEquals(1000, rows.count());
        assertEquals(40_000, rows.findById(stored.get(499).id()).orElseThrow().payload().length);
        assertEquals(40_000, rows.findById(1_000_999).orElseThrow().payload().length);
    }

    @Test
    void anEnumIsStoredByItsConstantsName() {
        rows.insert(largest());

        assertEquals("BLUE", database.queryValue("SELECT {color} FROM {all_types}"));
    }
}
