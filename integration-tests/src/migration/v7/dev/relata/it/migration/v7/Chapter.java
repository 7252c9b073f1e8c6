package dev.relata.it.migration.v7;

import dev.relata.Column;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * Schema version 7: a title may be 20,000 characters long, more than a VARCHAR holds on MariaDB, where
 * the column becomes a MEDIUMTEXT.
 */
@Model
public record Chapter(@Id long id, @ForeignKey(to = Book.class, onDelete = OnDelete.CASCADE) long book,
        @Column(length = 20_000) String title) {}
