package dev.relata.it.nullable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finder parameters that no column can hold: text with NUL or half a surrogate pair. */
class UnstorableParametersTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.NULLABLE);

    final DeviceDao devices = new DeviceDao(database.db());

    static List<String> names(List<Device> found) {
        return found.stream().map(Device::name).toList();
    }

    Device labelled(String name, String label) {
        return devices.insert(new Device(0, null, name, label, null, null, null, null, null, null, null, null, null, null,
                null, null, null));
    }

    @Test
    void halfASurrogatePairMatchesNoRow() {
        labelled("question", "?");
        labelled("emoji", "\uD83D\uDE00");

        assertEquals(List.of(), names(devices.labelled("\uD83D")));
        assertEquals(List.of(), names(devices.labelled("\uDE00")));
    }

    @Test
    void textWithNulMatchesNoRow() {
        labelled("plain", "a");

        Object result;
        try {
            result = names(devices.labelled("a\u0000"));
        } catch (RuntimeException e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        assertEquals(List.of(), result);
    }

    @Test
    void aNulCharMatchesNoRow() {
        Object result;
        try {
            result = names(devices.gradedAs('\u0000'));
        } catch (RuntimeException e) {
            result = e.getClass().getName() + ": " + e.getMessage();
        }
        assertEquals(List.of(), result);
    }
}
