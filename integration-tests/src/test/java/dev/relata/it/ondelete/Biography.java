package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** {@code author = OneToOneField(Author, on_delete=CASCADE)}: deleted with its author. */
@Model
public record Biography(
        @Id long id,
        @OneToOneField(to = Author.class, onDelete = OnDelete.CASCADE) long author,
        String text) {}
