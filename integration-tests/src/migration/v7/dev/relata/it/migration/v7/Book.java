package dev.relata.it.migration.v7;

import dev.relata.Column;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** Schema version 7: as in version 6. */
@Model
public record Book(@Id long id, @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author,
        @Column(unique = true) @SuppressWarnings("relata:migration-unique") String title) {}
