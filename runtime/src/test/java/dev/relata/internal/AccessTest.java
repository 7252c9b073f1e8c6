package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.RelataException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The helpers generated DAOs share instead of writing them out in every DAO. */
class AccessTest {
    record Item(long id, String name) {}

    @Test
    void keysAreTheRowsKeysInTheRowsOrder() {
        List<Item> rows = List.of(new Item(3, "c"), new Item(1, "a"), new Item(3, "again"));
        assertEquals(List.of(3L, 1L, 3L), Access.keys(rows, Item::id));
        Set<Item> sorted = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
        sorted.addAll(rows);
        assertEquals(List.of("a", "again", "c"), Access.keys(sorted, Item::name));
        assertEquals(List.of(), Access.keys(List.<Item>of(), Item::id));
    }

    @Test
    void aMissingTargetNamesTheLinkTheTargetModelAndTheKey() {
        RelataException e = Access.missingTarget("Profile.account", "Account", 42L);
        assertEquals("Profile.account links to the Account with key 42, which does not exist.", e.getMessage());
    }

    @Test
    void indexesCoverEveryRowInOrder() {
        assertEquals(List.of(0, 1, 2), Batch.indexes(3));
        assertEquals(List.of(), Batch.indexes(0));
    }
}
