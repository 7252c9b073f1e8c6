package dev.relata.it.nullable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Paging;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finders comparing nullable columns of every kind with parameters, lists and patterns. */
class DeviceFindersTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.NULLABLE);

    final DeviceDao devices = new DeviceDao(database.db());
    final OwnerDao owners = new OwnerDao(database.db());

    static final UUID TOKEN_A = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID TOKEN_B = UUID.fromString("ffffffff-0000-0000-0000-000000000002");

    static List<String> names(List<Device> found) {
        return found.stream().map(Device::name).toList();
    }

    Device device(String name, Priority priority, Character grade, String price, UUID token, String label) {
        Device bare = Device.named(name);
        return devices.insert(new Device(0, null, name, label, null, null, null, null, grade,
                price == null ? null : new BigDecimal(price), token, LocalDate.of(2024, 1, 1),
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000), Instant.parse("2024-06-01T10:15:30.000001Z"),
                bare.firmware(), priority, null));
    }

    @Test
    void listsOfEveryKindWithRepeatsNullsAndNone() {
        device("a", Priority.LOW, 'x', "1.50", TOKEN_A, "ß_é");
        device("b", Priority.HIGH, 'ä', "2", TOKEN_B, "50%\\!");
        device("c", null, null, null, null, null);

        assertEquals(List.of("a", "c"), names(devices.ofPrioritiesOrNone(List.of(Priority.LOW, Priority.LOW))));
        assertEquals(List.of("c"), names(devices.ofPrioritiesOrNone(List.of())));
        assertEquals(List.of("a", "b", "c"), names(devices.ofPrioritiesOrNone(Arrays.asList(null, Priority.HIGH, Priority.LOW))));
        assertEquals(List.of("b"), names(devices.graded(new HashSet<>(Arrays.asList('ä', null)))));
        assertEquals(List.of("a"), names(devices.priced(List.of(new BigDecimal("1.5000"), new BigDecimal("3")))));
        assertEquals(List.of("b"), names(devices.withTokens(List.of(), TOKEN_B)));
        assertEquals(List.of("a", "b"), names(devices.withTokens(List.of(TOKEN_A, TOKEN_A), TOKEN_B)));
        assertEquals(List.of("a"), names(devices.withTokens(Arrays.asList((UUID) null), TOKEN_A)));
        assertEquals(List.of("a", "b", "c"), names(devices.boughtOnAndServicedBefore(List.of(LocalDate.of(2024, 1, 1)),
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_457_000))));
        assertEquals(List.of(), names(devices.boughtOnAndServicedBefore(List.of(LocalDate.of(2024, 1, 1)),
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000))));
        assertEquals(List.of("a", "b", "c"), names(devices.seenBetween(Instant.parse("2024-06-01T10:15:30.000001Z"),
                Instant.parse("2024-06-01T10:15:30.000002Z"))));
        assertEquals(List.of("b"), names(devices.gradedAs('ä')));
        assertEquals(List.of("a"), names(devices.labelled("ß_é")));
        assertEquals(List.of("a"), names(devices.labelled("__é")));
        assertEquals(List.of("a"), names(devices.labelled("_%")) .subList(0, 1));
        assertEquals(List.of("b"), names(devices.labelled("50%\\!")));
        assertEquals(List.of("b"), names(devices.labelled("%\\_")));
        assertEquals(0, devices.countLevels(List.of(), List.of()));
    }

    @Test
    void decimalsBeyondWhatAColumnHoldsCompareExactly() {
        device("one", null, null, "1", null, null);

        BigDecimal justAbove = new BigDecimal("1.0000000000000000000000000000000000000001");
        BigDecimal justBelow = new BigDecimal("0.9999999999999999999999999999999999999999");
        assertEquals(List.of("one"), names(devices.cheaperThan(justAbove)));
        assertEquals(List.of(), names(devices.pricedAt(justAbove)));
        assertEquals(List.of(), names(devices.dearerThan(justAbove)));
        assertEquals(List.of("one"), names(devices.dearerThan(justBelow)));
        assertEquals(List.of(), names(devices.pricedAt(justBelow)));
        assertEquals(List.of(), names(devices.cheaperThan(justBelow)));
        assertEquals(List.of("one"), names(devices.pricedAt(new BigDecimal("1.000000000000000000000000000000000000000000"))));
    }

    @Test
    void pagesThroughANullableLinkUnderOr() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Owner bob = owners.insert(new Owner(0, "Bob"));
        devices.insert(Device.named("d1").withOwner(ada.id()));
        devices.insert(Device.named("d2").withOwner(bob.id()));
        devices.insert(Device.named("d3"));
        devices.insert(Device.named("d4"));

        List<String> all = names(devices.ownedByOrUnowned("Ada", Paging.first(10)));
        List<String> paged = new ArrayList<>();
        for (Paging page = Paging.first(1); page.offset() < 5; page = page.next()) {
            paged.addAll(names(devices.ownedByOrUnowned("Ada", page)));
        }
        assertEquals(all, paged);
        assertEquals(Set.of("d1", "d3", "d4"), new HashSet<>(all));
    }

    @Test
    void literalsOfEveryKind() {
        Device bare = Device.named("x");
        devices.insert(bare);
        List<String> expected = new ArrayList<>();
        String[] labels = {"O'Brien \\u0041 $1 */", "O'Brien A $1 */"};
        int n = 0;
        for (String label : labels) {
            devices.insert(new Device(0, null, "label" + n++, label, null, null, null, null, null, null, null, null, null, null,
                    null, null, null));
        }
        expected.add("label0");
        devices.insert(new Device(0, null, "token", null, null, null, null, null, null, null,
                UUID.fromString("00000000-0000-0000-0000-000000000001"), null, null, null, null, null, null));
        expected.add("token");
        devices.insert(new Device(0, null, "grade", null, null, null, null, null, 'ä', null, null, null, null, null, null, null, null));
        expected.add("grade");
        devices.insert(new Device(0, null, "price", null, null, null, null, null, null, new BigDecimal("19.99"), null, null, null,
                null, null, null, null));
        expected.add("price");
        devices.insert(new Device(0, null, "bought", null, null, null, null, null, null, null, null, LocalDate.of(2023, 12, 31),
                null, null, null, null, null));
        expected.add("bought");
        devices.insert(new Device(0, null, "serviced", null, null, null, null, null, null, null, null, null,
                LocalDateTime.of(2024, 1, 15, 8, 30, 0, 1000), null, null, null, null));
        expected.add("serviced");
        devices.insert(new Device(0, null, "seen", null, null, null, null, null, null, null, null, null, null,
                Instant.parse("2024-06-01T10:15:30Z"), null, null, null));
        expected.add("seen");
        devices.insert(new Device(0, null, "priority", null, null, null, null, null, null, null, null, null, null, null, null,
                Priority.HIGH, null));
        expected.add("priority");
        devices.insert(new Device(0, null, "weight", null, null, null, null, 0.25, null, null, null, null, null, null, null, null,
                null));
        expected.add("weight");
        devices.insert(new Device(0, null, "active", null, false, null, null, null, null, null, null, null, null, null, null, null,
                null));
        expected.add("active");
        devices.insert(new Device(0, null, "level", null, null, -3, null, null, null, null, null, null, null, null, null, null,
                null));
        expected.add("level");

        assertEquals(expected, names(devices.anyLiteral()));
    }
}
