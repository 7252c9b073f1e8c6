package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.IntegrityException;
import dev.relata.ProtectedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code on_delete=PROTECT}: Django refuses to delete a row while another links to it through a
 * protected link, with {@code ProtectedError} naming the relation and the protecting rows, and
 * deletes nothing; even when the protecting row would itself be deleted by the same cascade.
 */
class OnDeleteProtectTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final VaultDao vaults = new VaultDao(database.db());
    final GuardDao guards = new GuardDao(database.db());
    final RealmDao realms = new RealmDao(database.db());
    final ProvinceDao provinces = new ProvinceDao(database.db());
    final FortressDao fortresses = new FortressDao(database.db());
    final LabelDao labels = new LabelDao(database.db());
    final ReleaseDao releases = new ReleaseDao(database.db());
    final TrackDao tracks = new TrackDao(database.db());

    @Test
    void deletingAGuardedVaultIsRefusedNamingTheGuardAndDeletesNothing() {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        Guard guard = guards.insert(new Guard(0, vault.id(), "Gil"));

        ProtectedException refused = assertThrows(ProtectedException.class, () -> vaults.delete(vault));

        assertEquals("Vault", refused.model());
        assertEquals(List.of(References.of("Guard", "vault", guard.id())), refused.references());
        assertEquals(List.of(vault), vaults.findAll());
        assertEquals(List.of(guard), guards.findAll());
    }

    @Test
    void deleteByIdIsRefusedTheSameWay() {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        guards.insert(new Guard(0, vault.id(), "Gil"));

        assertThrows(ProtectedException.class, () -> vaults.deleteById(vault.id()));

        assertEquals(1, vaults.count());
    }

    @Test
    void aBulkDeleteWithOneGuardedVaultDeletesNoVaultAtAll() {
        Vault guarded = vaults.insert(new Vault(0, "gold"));
        Vault unguarded = vaults.insert(new Vault(0, "silver"));
        Guard guard = guards.insert(new Guard(0, guarded.id(), "Gil"));

        ProtectedException refused = assertThrows(ProtectedException.class,
                () -> vaults.deleteAllById(List.of(unguarded.id(), guarded.id())));

        assertEquals(List.of(References.of("Guard", "vault", guard.id())), refused.references());
        assertEquals(List.of(guarded, unguarded), vaults.findAll());
    }

    @Test
    void aVaultNobodyGuardsIsDeleted() {
        Vault guarded = vaults.insert(new Vault(0, "gold"));
        Vault unguarded = vaults.insert(new Vault(0, "silver"));
        guards.insert(new Guard(0, guarded.id(), "Gil"));

        assertTrue(vaults.delete(unguarded));

        assertEquals(List.of(guarded), vaults.findAll());
    }

    @Test
    void onceTheGuardIsDeletedTheVaultCanBe() {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        Guard guard = guards.insert(new Guard(0, vault.id(), "Gil"));

        assertTrue(guards.delete(guard));
        assertTrue(vaults.delete(vault));

        assertEquals(0, vaults.count());
    }

    @Test
    void aRawSqlDeleteOfAGuardedVaultIsRefusedByTheDatabase() {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        guards.insert(new Guard(0, vault.id(), "Gil"));

        assertThrows(IntegrityException.class, () -> database.execute("DELETE FROM {vault} WHERE {id} = ?", vault.id()));

        assertEquals(List.of(vault), vaults.findAll());
    }

    @Test
    void aProtectDeepInACascadeChainRefusesDeletingTheRoot() {
        // Realm <-CASCADE- Province <-PROTECT- Fortress: deleting the realm would cascade to the
        // province, which the fortress protects. Django raises ProtectedError; nothing is deleted.
        Realm realm = realms.insert(new Realm(0, "North"));
        Province province = provinces.insert(new Province(0, realm.id(), "Winterfell"));
        Fortress fortress = fortresses.insert(new Fortress(0, province.id(), "Keep"));

        ProtectedException refused = assertThrows(ProtectedException.class, () -> realms.delete(realm));

        assertEquals("Realm", refused.model());
        assertEquals(List.of(References.of("Fortress", "province", fortress.id())), refused.references());
        assertEquals(List.of(realm), realms.findAll());
        assertEquals(List.of(province), provinces.findAll());
        assertEquals(List.of(fortress), fortresses.findAll());
    }

    @Test
    void aCascadeChainWithNothingProtectedDeletesItsRows() {
        Realm realm = realms.insert(new Realm(0, "South"));
        provinces.insert(new Province(0, realm.id(), "Dorne"));

        assertTrue(realms.delete(realm));

        assertEquals(0, provinces.count());
    }

    @Test
    void protectRefusesEvenWhenTheProtectingRowWouldBeDeletedByTheSameCascade() {
        // Django's Artist/Album/Song example with PROTECT in place of RESTRICT: deleting the label
        // cascades to the release and to the track, and the track protects the release. Unlike
        // RESTRICT, PROTECT refuses although the track would be deleted too.
        Label label = labels.insert(new Label(0, "Motown"));
        Release release = releases.insert(new Release(0, label.id(), "Songs in the Key of Life"));
        Track track = tracks.insert(new Track(0, label.id(), release.id(), "Sir Duke"));

        ProtectedException refused = assertThrows(ProtectedException.class, () -> labels.delete(label));

        assertEquals("Label", refused.model());
        assertEquals(List.of(References.of("Track", "release", track.id())), refused.references());
        assertEquals(List.of(label), labels.findAll());
        assertEquals(List.of(release), releases.findAll());
        assertEquals(List.of(track), tracks.findAll());
    }

    @Test
    void deletingTheProtectedReleaseItselfIsRefused() {
        Label label = labels.insert(new Label(0, "Motown"));
        Release release = releases.insert(new Release(0, label.id(), "Songs in the Key of Life"));
        Track track = tracks.insert(new Track(0, label.id(), release.id(), "Sir Duke"));

        ProtectedException refused = assertThrows(ProtectedException.class, () -> releases.delete(release));

        assertEquals("Release", refused.model());
        assertEquals(List.of(References.of("Track", "release", track.id())), refused.references());
        assertEquals(1, releases.count());
    }
}
