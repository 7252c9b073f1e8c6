package dev.relata.it.migration.v8;

import dev.relata.Column;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** Schema version 8: as in version 7, its link now to the book's key {@code number}. */
@Model
public record Chapter(@Id long id, @ForeignKey(to = Book.class, onDelete = OnDelete.CASCADE) long book,
        @Column(length = 20_000) String title) {}
