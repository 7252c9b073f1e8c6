package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * {@code server = OneToOneField(Server, on_delete=DO_NOTHING)}: the database's foreign key refuses
 * to delete its server.
 */
@Model
public record Lease(
        @Id long id,
        @OneToOneField(to = Server.class, onDelete = OnDelete.DO_NOTHING) long server,
        String tenant) {}
