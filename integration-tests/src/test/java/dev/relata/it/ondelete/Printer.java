package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/** Unlinked when its office is deleted (SET_NULL). */
@Model
public record Printer(
        @Id long id,
        @OneToOneField(to = Office.class, onDelete = OnDelete.SET_NULL) @Nullable Long office,
        String name) {}
