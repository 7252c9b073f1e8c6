package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Deleted with its label (CASCADE), and protecting its release (PROTECT). */
@Model
public record Track(
        @Id long id,
        @OneToOneField(to = Label.class, onDelete = OnDelete.CASCADE) long label,
        @OneToOneField(to = Release.class, onDelete = OnDelete.PROTECT) long release,
        String title) {}
