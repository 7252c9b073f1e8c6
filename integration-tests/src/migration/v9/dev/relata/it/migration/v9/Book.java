package dev.relata.it.migration.v9;

import dev.relata.Column;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** Schema version 9: as in version 8. */
@Model
public record Book(@Id long number, @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author,
        @Column(unique = true) String title) {}
