package dev.relata.it.migration.v4;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Schema version 4: the link to the reviewing author goes again, with its UNIQUE constraint and foreign key. */
@Model
@SuppressWarnings("relata:dropped-column")
public record Review(@Id long id, @OneToOneField(to = Book.class, onDelete = OnDelete.CASCADE) long book, String text) {}
