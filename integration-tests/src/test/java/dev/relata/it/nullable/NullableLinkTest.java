package dev.relata.it.nullable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.OneToOneConflictException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code owner = models.OneToOneField(Owner, null=True, on_delete=models.SET_NULL)}: a device may
 * have no owner, several devices may have none, and deleting the owner unlinks its device.
 */
class NullableLinkTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.NULLABLE);

    final OwnerDao owners = new OwnerDao(database.db());
    final DeviceDao devices = new DeviceDao(database.db());

    Device deviceOf(Owner owner, String name) {
        return devices.insert(Device.named(name).withOwner(owner.id()));
    }

    @Test
    void theForwardAccessorOfANullableLinkReturnsTheOwnerWhenThereIsOne() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Device phone = deviceOf(ada, "phone");

        assertEquals(Optional.of(ada), devices.owner(phone));
    }

    @Test
    void theForwardAccessorOfANullableLinkIsEmptyWhenThereIsNone() {
        owners.insert(new Owner(0, "Ada"));
        Device spare = devices.insert(Device.named("spare"));

        assertEquals(Optional.empty(), devices.owner(spare));
    }

    @Test
    void theReverseAccessorFindsTheOwnersDevice() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Owner bob = owners.insert(new Owner(0, "Bob"));
        Device phone = deviceOf(ada, "phone");
        devices.insert(Device.named("spare"));

        assertEquals(Optional.of(phone), owners.device(ada));
        assertEquals(Optional.empty(), owners.device(bob));
    }

    @Test
    void batchAccessorsLeaveOutRowsWithoutALink() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Owner bob = owners.insert(new Owner(0, "Bob"));
        Device phone = deviceOf(ada, "phone");
        Device spare = devices.insert(Device.named("spare"));

        assertEquals(Map.of(phone.id(), ada), devices.ownerFor(List.of(phone, spare)));
        assertEquals(Map.of(ada.id(), phone), owners.deviceFor(List.of(ada, bob)));
    }

    @Test
    void manyDevicesMayHaveNoOwner() {
        Device spare = devices.insert(Device.named("spare"));
        Device other = devices.insert(Device.named("other spare"));

        assertEquals(List.of(spare, other), devices.findAll());
    }

    @Test
    void aSecondDeviceForTheSameOwnerIsRefused() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Device phone = deviceOf(ada, "phone");

        assertThrows(OneToOneConflictException.class, () -> deviceOf(ada, "tablet"));

        assertEquals(List.of(phone), devices.findAll());
    }

    @Test
    void updateLinksAndUnlinks() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Device spare = devices.insert(Device.named("spare"));

        devices.update(spare.withOwner(ada.id()));
        assertEquals(Optional.of(ada), devices.owner(devices.findById(spare.id()).orElseThrow()));

        devices.update(spare.withOwner(null));
        assertEquals(Optional.empty(), owners.device(ada));
    }

    @Test
    void deletingTheOwnerSetsTheLinkToNullAndKeepsTheDevice() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Device phone = deviceOf(ada, "phone");

        assertTrue(owners.delete(ada));

        Device orphan = devices.findById(phone.id()).orElseThrow();
        assertNull(orphan.owner());
        assertEquals(phone.withOwner(null), orphan);
    }

    @Test
    void aRawSqlDeleteOfTheOwnerAlsoSetsTheLinkToNull() {
        Owner ada = owners.insert(new Owner(0, "Ada"));
        Device phone = deviceOf(ada, "phone");

        assertEquals(1, database.execute("DELETE FROM {owner} WHERE {id} = ?", ada.id()));

        assertNull(devices.findById(phone.id()).orElseThrow().owner());
    }
}
