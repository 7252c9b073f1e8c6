package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** A performance of an album, which keeps the album (RESTRICT) unless the album goes in the same delete. */
@Model
public record Performance(
        @Id long id,
        @OneToOneField(to = Album.class, onDelete = OnDelete.RESTRICT, relatedName = "performance") long album,
        String venue) {}
