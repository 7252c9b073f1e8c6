package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * Leaves its album to the database's foreign key (DO_NOTHING), which refuses to delete the album.
 */
@Model
public record LinerNotes(
        @Id long id,
        @OneToOneField(to = Album.class, onDelete = OnDelete.DO_NOTHING) long album,
        String text) {}
