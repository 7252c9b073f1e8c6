package dev.relata.it.migration.v1;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Schema version 1: a book protects its author from deletion. */
@Model
public record Book(@Id long id, @OneToOneField(to = Author.class, onDelete = OnDelete.PROTECT) long author, String title,
        String isbn) {}
