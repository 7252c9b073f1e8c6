package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** {@code artist = ForeignKey(Artist, on_delete=CASCADE)}, one-to-one here. */
@Model
public record Album(
        @Id long id,
        @OneToOneField(to = Artist.class, onDelete = OnDelete.CASCADE) long artist,
        String title) {}
