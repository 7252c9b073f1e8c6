package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Deleted with its label (CASCADE). */
@Model
public record Release(
        @Id long id,
        @OneToOneField(to = Label.class, onDelete = OnDelete.CASCADE) long label,
        String title) {}
