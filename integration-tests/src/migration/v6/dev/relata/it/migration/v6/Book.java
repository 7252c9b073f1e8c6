package dev.relata.it.migration.v6;

import dev.relata.Column;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * Schema version 6: an author may now write many books (the one-to-one link becomes a foreign key:
 * its UNIQUE goes, an index comes), and titles are unique.
 */
@Model
public record Book(@Id long id, @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author,
        @Column(unique = true) String title) {}
