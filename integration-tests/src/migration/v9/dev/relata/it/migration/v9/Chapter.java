package dev.relata.it.migration.v9;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import org.jspecify.annotations.Nullable;

/** Schema version 9: a level, a grade and a note, whose types version 10 changes. */
@Model
public record Chapter(@Id long id, @ForeignKey(to = Book.class, onDelete = OnDelete.CASCADE) long book,
        @Column(length = 20_000) String title, @Default("0") short level, @Default("A") char grade,
        byte @Nullable [] note) {}
