package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A text key that no column can hold, looked up: it names no row, on every database. */
class UnstorableKeysTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final HandleDao handles = new HandleDao(database.db());

    @Test
    void halfASurrogatePairOrNulFindsNoRow() {
        handles.insert(new Handle("?", null));

        assertEquals(Optional.empty(), handles.findById("\uD83D"));
        assertEquals(Optional.empty(), handles.findById("a\u0000"));
    }

    @Test
    void halfASurrogatePairOrNulDeletesNoRow() {
        Handle question = handles.insert(new Handle("?", null));

        assertFalse(handles.deleteById("\uDE00"));
        assertFalse(handles.deleteById("\u0000"));
        assertEquals(List.of(question), handles.findAll());
    }

    @Test
    void halfASurrogatePairUpdatesNoRow() {
        Handle question = handles.insert(new Handle("?", null));
        handles.insert(new Handle("b", null));

        assertThrows(RelataException.class, () -> handles.update(new Handle("\uD83D", "b")));

        assertEquals(Optional.of(question), handles.findById("?"));
    }

    @Test
    void accessorsOfRowsBuiltByHandFollowNoLinkOfAKeyNoColumnHolds() {
        Handle question = handles.insert(new Handle("?", null));
        Handle b = handles.insert(new Handle("b", "?"));
        Handle halfPair = new Handle("\uD83D", null);
        Handle linkingToHalfPair = new Handle("c", "\uDE00");
        Handle linkingToNul = new Handle("d", "\u0000");

        assertEquals(Optional.empty(), handles.aliasOf(halfPair));
        assertEquals(Optional.empty(), handles.alias(linkingToHalfPair));
        assertEquals(Map.of("?", b), handles.aliasOfFor(List.of(question, halfPair)));
        assertEquals(Map.of(), handles.aliasOfFor(List.of(halfPair)));
        assertEquals(Map.of("b", question), handles.aliasFor(List.of(b, linkingToHalfPair, linkingToNul)));
        assertEquals(Map.of(), handles.aliasFor(List.of(linkingToHalfPair)));
    }

    @Test
    void keysNoColumnHoldsAmongOthersDeleteOnlyTheOthers() {
        Handle question = handles.insert(new Handle("?", null));
        handles.insert(new Handle("b", null));

        assertEquals(1, handles.deleteAllById(List.of("\uD83D", "b", "\u0000")));
        assertEquals(0, handles.deleteAll(List.of(new Handle("\uDE00", null), new Handle("b", null))));
        assertEquals(List.of(question), handles.findAll());
    }
}
