package dev.relata.it.migration.v10;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import org.jspecify.annotations.Nullable;

/**
 * Schema version 10: the level becomes a flag (0 is false, any other level true), the grade text (a
 * grade of one space stays one space) and the note text (its bytes read as UTF-8): conversions for
 * which PostgreSQL has no cast of its own.
 */
@Model
public record Chapter(@Id long id, @ForeignKey(to = Book.class, onDelete = OnDelete.CASCADE) long book,
        @Column(length = 20_000) String title,
        @Default("false") @SuppressWarnings("relata:migration-type-change") boolean level,
        @Default("A") @Column(length = 10) @SuppressWarnings("relata:migration-type-change") String grade,
        @SuppressWarnings("relata:migration-type-change") @Nullable String note) {}
