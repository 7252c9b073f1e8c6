package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.IntegrityException;
import dev.relata.ProtectedException;
import dev.relata.RestrictedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code on_delete=DO_NOTHING}: Django takes no action, and the database's foreign key then
 * refuses to delete a row that is still linked, with an IntegrityError; nothing is deleted.
 */
class OnDeleteDoNothingTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final ServerDao servers = new ServerDao(database.db());
    final LeaseDao leases = new LeaseDao(database.db());

    @Test
    void deletingALeasedServerFailsOnTheForeignKeyAndDeletesNothing() {
        Server server = servers.insert(new Server(0, "db1"));
        Lease lease = leases.insert(new Lease(0, server.id(), "Ada"));

        IntegrityException refused = assertThrows(IntegrityException.class, () -> servers.delete(server));

        assertFalse(refused instanceof ProtectedException || refused instanceof RestrictedException,
                () -> "the database refused, not a PROTECT or RESTRICT rule: " + refused);
        assertEquals(List.of(server), servers.findAll());
        assertEquals(List.of(lease), leases.findAll());
    }

    @Test
    void aServerWithoutLeaseIsDeleted() {
        Server server = servers.insert(new Server(0, "db1"));

        assertTrue(servers.delete(server));

        assertEquals(0, servers.count());
    }

    @Test
    void onceTheLeaseIsGoneTheServerCanBeDeleted() {
        Server server = servers.insert(new Server(0, "db1"));
        Lease lease = leases.insert(new Lease(0, server.id(), "Ada"));

        assertTrue(leases.delete(lease));
        assertTrue(servers.delete(server));

        assertEquals(0, servers.count());
    }

    @Test
    void aRawSqlDeleteOfALeasedServerIsRefusedToo() {
        Server server = servers.insert(new Server(0, "db1"));
        leases.insert(new Lease(0, server.id(), "Ada"));

        assertThrows(IntegrityException.class, () -> database.execute("DELETE FROM {server} WHERE {id} = ?", server.id()));

        assertEquals(1, servers.count());
    }
}
