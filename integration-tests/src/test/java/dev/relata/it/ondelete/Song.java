package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * {@code artist = ForeignKey(Artist, on_delete=CASCADE)} and {@code album = ForeignKey(Album,
 * on_delete=RESTRICT)}, one-to-one here.
 */
@Model
public record Song(
        @Id long id,
        @OneToOneField(to = Artist.class, onDelete = OnDelete.CASCADE) long artist,
        @OneToOneField(to = Album.class, onDelete = OnDelete.RESTRICT) long album,
        String title) {}
