package dev.relata.it.migration.v5;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Schema version 5: as in version 4. */
@Model
public record Book(@Id long id, @OneToOneField(to = Author.class, onDelete = OnDelete.CASCADE) long author, String title) {}
