package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.OneToOneConflictException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * String keys and unique string columns compare exactly, on every database: case and trailing
 * spaces count, as in Java (MariaDB's default collation ignores both; the DDL sets a binary,
 * no-pad one).
 */
class StringKeysTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final HandleDao handles = new HandleDao(database.db());

    @Test
    void keysThatDifferInCaseOrTrailingSpacesAreDifferentRows() {
        handles.insert(new Handle("k", null));
        Handle upper = handles.insert(new Handle("K", null));
        Handle spaced = handles.insert(new Handle("k ", null));

        assertEquals(Optional.of(upper), handles.findById("K"));
        assertEquals(Optional.of(spaced), handles.findById("k "));
        assertEquals(Optional.empty(), handles.findById("k  "));
        assertEquals(3, handles.count());
    }

    @Test
    void deleteByAKeyThatDiffersInCaseOrSpacesDeletesNothing() {
        Handle lower = handles.insert(new Handle("k", null));

        assertFalse(handles.deleteById("K"));
        assertFalse(handles.deleteById("k "));

        assertEquals(List.of(lower), handles.findAll());
    }

    @Test
    void aUniqueLinkColumnComparesExactlyToo() {
        handles.insert(new Handle("ada", null));
        handles.insert(new Handle("ADA", null));
        handles.insert(new Handle("first", "ada"));

        Handle second = handles.insert(new Handle("second", "ADA"));

        assertEquals(Optional.of(second), handles.aliasOf(new Handle("ADA", null)));
        assertThrows(OneToOneConflictException.class, () -> handles.insert(new Handle("third", "ada")));
    }
}
