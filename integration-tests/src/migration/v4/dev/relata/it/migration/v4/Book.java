package dev.relata.it.migration.v4;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Schema version 4: as in version 3. */
@Model
public record Book(@Id long id, @OneToOneField(to = Author.class, onDelete = OnDelete.CASCADE) long author, String title) {}
