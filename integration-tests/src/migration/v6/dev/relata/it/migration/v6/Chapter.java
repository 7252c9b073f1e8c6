package dev.relata.it.migration.v6;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** Schema version 6: a new table of many chapters per book. */
@Model
public record Chapter(@Id long id, @ForeignKey(to = Book.class, onDelete = OnDelete.CASCADE) long book, String title) {}
