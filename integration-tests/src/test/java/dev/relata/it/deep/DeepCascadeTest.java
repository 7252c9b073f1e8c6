package dev.relata.it.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Deletion;
import dev.relata.ProtectedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Django's collector deletes a CASCADE chain of any depth; so must every database here, MariaDB
 * included, whose InnoDB stops cascading after 15 levels (error 193).
 */
class DeepCascadeTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.DEEP);

    final VersionDao versions = new VersionDao(database.db());
    final FreezeDao freezes = new FreezeDao(database.db());

    @ParameterizedTest(name = "{0} versions")
    @ValueSource(ints = {15, 16, 17, 1000})
    void deletingTheFirstVersionDeletesTheWholeChain(int length) {
        List<Version> chain = chain(length);

        assertTrue(versions.delete(chain.get(0)));

        assertEquals(0, versions.count());
    }

    @Test
    void deleteAllOfEveryVersionDeletesThemOnce() {
        chain(40);

        assertEquals(40, versions.deleteAll(versions.findAll()));

        assertEquals(0, versions.count());
    }

    @Test
    void aProtectedVersionDeepInTheChainRefusesTheWholeDelete() {
        List<Version> chain = chain(30);
        freezes.insert(new Freeze(0, chain.get(29).id()));

        ProtectedException refused = assertThrows(ProtectedException.class, () -> versions.delete(chain.get(0)));

        assertEquals("Version", refused.model());
        assertEquals(30, versions.count());
    }

    /**
     * Rows that cascade to each other in a loop: the database's cascade takes one of them while the
     * plan deletes the other, and both are still counted, as Django counts them; and the delete of
     * the given row says it went.
     */
    @Test
    void aLoopOfCascadesIsCountedWhole() {
        Version first = versions.insert(new Version(0, 1, null));
        Version second = versions.insert(new Version(0, 2, first.id()));
        versions.update(new Version(first.id(), 1, second.id()));

        Deletion deletion = versions.deleteCounting(second);

        assertEquals(Map.of("Version", 2), deletion.byModel());
        assertEquals(0, versions.count());

        Version third = versions.insert(new Version(0, 3, null));
        Version fourth = versions.insert(new Version(0, 4, third.id()));
        Version fifth = versions.insert(new Version(0, 5, fourth.id()));
        versions.update(new Version(third.id(), 3, fifth.id()));

        assertTrue(versions.delete(fourth));
        assertEquals(0, versions.count());
    }

    /**
     * insertAll writes the rows in the order given, whether their keys are given or generated: here a
     * row with a generated key links to the row before it, whose key is given, and a row with a given
     * key comes after generated ones (on MariaDB, the keys generated after it continue from it).
     */
    @Test
    void insertAllWritesRowsWithGivenAndGeneratedKeysInTheOrderGiven() {
        List<Version> inserted = versions.insertAll(List.of(
                new Version(1_000, 1, null),
                new Version(0, 2, 1_000L),
                new Version(0, 3, null),
                new Version(2_000, 4, null),
                new Version(0, 5, 2_000L)));

        assertEquals(List.of(1_000L, 2_000L), List.of(inserted.get(0).id(), inserted.get(3).id()));
        assertEquals(Optional.of(inserted.get(1)), versions.next(inserted.get(0)));
        assertEquals(Optional.of(inserted.get(4)), versions.next(inserted.get(3)));
        assertEquals(inserted, inserted.stream().map(v -> versions.findById(v.id()).orElseThrow()).toList());
        assertEquals(5, inserted.stream().map(Version::id).distinct().count());
    }

    private List<Version> chain(int length) {
        List<Version> chain = new ArrayList<>();
        Long previous = null;
        for (int number = 1; number <= length; number++) {
            Version version = versions.insert(new Version(0, number, previous));
            chain.add(version);
            previous = version.id();
        }
        return chain;
    }
}
