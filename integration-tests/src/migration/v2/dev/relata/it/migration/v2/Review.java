package dev.relata.it.migration.v2;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Schema version 2: a new model, linked to the book. */
@Model
public record Review(@Id long id, @OneToOneField(to = Book.class, onDelete = OnDelete.CASCADE) long book, String text) {}
