package dev.relata.it.migration.v8;

import dev.relata.Column;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * Schema version 8: the key is renamed, {@code id} to {@code number}, while chapters link to it and
 * ebooks share it.
 */
@Model
public record Book(@Id @Column(renamedFrom = "id") long number,
        @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author, @Column(unique = true) String title) {}
