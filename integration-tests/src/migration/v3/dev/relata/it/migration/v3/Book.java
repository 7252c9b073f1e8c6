package dev.relata.it.migration.v3;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Schema version 3: the ISBN goes, and deleting the author now deletes the book. */
@Model
@SuppressWarnings("relata:dropped-column")
public record Book(@Id long id, @OneToOneField(to = Author.class, onDelete = OnDelete.CASCADE) long author, String title) {}
