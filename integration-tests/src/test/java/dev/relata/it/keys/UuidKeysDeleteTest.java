package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Deletion;
import dev.relata.Reference;
import dev.relata.RestrictedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deletes that read UUID keys back from the database (MariaDB stores them as text) match them to
 * the keys they were given, and report them as the model's UUIDs.
 */
class UuidKeysDeleteTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final StepDao steps = new StepDao(database.db());

    final Step first = new Step(UUID.randomUUID(), null, "first");
    final Step second = new Step(UUID.randomUUID(), first.id(), "second");
    final Step third = new Step(UUID.randomUUID(), second.id(), "third");

    @Test
    void rowsThatRestrictEachOtherGoTogetherWhenDeletedTogether() {
        steps.insertAll(List.of(first, second, third));
        Step other = steps.insert(new Step(UUID.randomUUID(), null, "other"));

        assertEquals(3, steps.deleteAllById(List.of(first.id(), second.id(), third.id())));

        assertEquals(List.of(other), steps.findAll());
    }

    @Test
    void aRefusedDeleteReportsTheRestrictingRowsKeyAsAUuid() {
        steps.insertAll(List.of(first, second));

        RestrictedException refused = assertThrows(RestrictedException.class, () -> steps.delete(first));

        assertEquals(List.of(new Reference("Step", "previous", List.of(second.id()))), refused.references());
        assertEquals(2, steps.count());
    }

    @Test
    void countingDeletesCountEachRowOnce() {
        steps.insertAll(List.of(first, second, third));

        Deletion deletion = steps.deleteAllCounting(List.of(third, second, first));

        assertEquals(Map.of("Step", 3), deletion.byModel());
        assertEquals(0, steps.count());
    }
}
