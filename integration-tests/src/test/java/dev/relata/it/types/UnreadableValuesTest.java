package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stored value that the component's Java type cannot hold (written by hand, or by an older
 * version of the model) is a RelataException naming the column and the value, on every database.
 */
class UnreadableValuesTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    final AllTypesDao rows = new AllTypesDao(database.db());

    @Test
    void anEnumNameTheEnumLacksIsATypedError() {
        AllTypes row = rows.insert(AllTypesTest.largest());
        database.execute("UPDATE {all_types} SET {color} = 'PURPLE' WHERE {id} = ?", row.id());

        RelataException e = assertThrows(RelataException.class, () -> rows.findById(row.id()));

        String message = e.getMessage().toLowerCase(Locale.ROOT);
        assertTrue(message.startsWith("cannot read column ") && message.contains("color: the stored value 'purple'"
                + " names no constant of " + Color.class.getName().toLowerCase(Locale.ROOT)), e.getMessage());
        assertEquals(IllegalArgumentException.class, e.getCause().getClass());
    }
}
