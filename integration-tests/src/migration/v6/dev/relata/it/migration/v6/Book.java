package dev.relata.it.migration.v6;

import dev.relata.Column;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * Schema version 6: an author may now write many books (the one-to-one link becomes a foreign key:
 * its UNIQUE goes, an index comes), and titles are unique (the rows of version 5 have distinct
 * titles, so the migration's UNIQUE holds and its warning is suppressed).
 */
@Model
public record Book(@Id long id, @ForeignKey(to = Author.class, onDelete = OnDelete.CASCADE) long author,
        @Column(unique = true) @SuppressWarnings("relata:migration-unique") String title) {}
