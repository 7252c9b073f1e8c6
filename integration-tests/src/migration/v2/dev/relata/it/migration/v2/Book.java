package dev.relata.it.migration.v2;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Schema version 2: the book as in version 1. */
@Model
public record Book(@Id long id, @OneToOneField(to = Author.class, onDelete = OnDelete.PROTECT) long author, String title,
        String isbn) {}
