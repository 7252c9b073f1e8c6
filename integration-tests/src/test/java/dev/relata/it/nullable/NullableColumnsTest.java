package dev.relata.it.nullable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.IntegrityException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Components annotated {@code @Nullable} are nullable columns; every other component is NOT NULL. */
class NullableColumnsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.NULLABLE);

    final DeviceDao devices = new DeviceDao(database.db());

    static Device everyColumnSet() {
        return new Device(0, null, "sensor", "kitchen", true, 7, 9_876_543_210L, 0.25, 'B',
                new BigDecimal("19.99"), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                LocalDate.of(2023, 12, 31), LocalDateTime.of(2024, 1, 15, 8, 30, 0),
                Instant.parse("2024-06-01T10:15:30Z"), new byte[] {1, 2, 3}, Priority.HIGH, "fragile");
    }

    /** Compares column by column: a record compares its byte[] component by identity. */
    static void assertSameColumns(Device expected, Device actual) {
        assertEquals(expected.id(), actual.id(), "id");
        assertEquals(expected.owner(), actual.owner(), "owner");
        assertEquals(expected.name(), actual.name(), "name");
        assertEquals(expected.label(), actual.label(), "label");
        assertEquals(expected.active(), actual.active(), "active");
        assertEquals(expected.level(), actual.level(), "level");
        assertEquals(expected.serialNumber(), actual.serialNumber(), "serialNumber");
        assertEquals(expected.weight(), actual.weight(), "weight");
        assertEquals(expected.grade(), actual.grade(), "grade");
        if (expected.price() == null || actual.price() == null) {
            assertEquals(expected.price(), actual.price(), "price");
        } else {
            assertEquals(0, expected.price().compareTo(actual.price()), () -> "price " + actual.price());
        }
        assertEquals(expected.token(), actual.token(), "token");
        assertEquals(expected.bought(), actual.bought(), "bought");
        assertEquals(expected.serviced(), actual.serviced(), "serviced");
        assertEquals(expected.seen(), actual.seen(), "seen");
        assertArrayEquals(expected.firmware(), actual.firmware(), "firmware");
        assertEquals(expected.priority(), actual.priority(), "priority");
        assertEquals(expected.note(), actual.note(), "note");
    }

    @Test
    void everyNullableColumnStoresNull() {
        Device bare = devices.insert(Device.named("bare"));

        Device found = devices.findById(bare.id()).orElseThrow();

        assertSameColumns(bare, found);
        assertEquals(bare, found, "with every nullable column null, the records are equal");
    }

    @Test
    void everyNullableColumnStoresAValue() {
        Device full = devices.insert(everyColumnSet());

        assertSameColumns(full, devices.findById(full.id()).orElseThrow());
    }

    @Test
    void updateSetsAndClearsNullableColumns() {
        Device bare = devices.insert(Device.named("bare"));
        Device full = everyColumnSet();
        Device filled = new Device(bare.id(), null, "filled", full.label(), full.active(), full.level(),
                full.serialNumber(), full.weight(), full.grade(), full.price(), full.token(), full.bought(),
                full.serviced(), full.seen(), full.firmware(), full.priority(), full.note());

        devices.update(filled);
        assertSameColumns(filled, devices.findById(bare.id()).orElseThrow());

        Device cleared = new Device(bare.id(), null, "cleared", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        devices.update(cleared);
        assertEquals(Optional.of(cleared), devices.findById(bare.id()));
    }

    @Test
    void aNullForAColumnThatIsNotNullableIsRefusedAndWritesNothing() {
        assertThrows(IntegrityException.class, () -> devices.insert(Device.named(null)));

        assertEquals(0, devices.count());
    }
}
