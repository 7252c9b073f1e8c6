package dev.relata.it.ondelete;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * An act booked at a {@link Festival} (CASCADE) in one of its {@link Arena}s (DO_NOTHING): deleting
 * the festival takes the gig and the arena in one delete, so the DO_NOTHING link never holds a
 * row that is gone.
 */
@Model
public record Gig(
        @Id long id,
        @ForeignKey(to = Festival.class, onDelete = OnDelete.CASCADE) long festival,
        @ForeignKey(to = Arena.class, onDelete = OnDelete.DO_NOTHING) long arena,
        String act) {}
