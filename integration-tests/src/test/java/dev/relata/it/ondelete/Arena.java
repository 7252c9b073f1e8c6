package dev.relata.it.ondelete;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/**
 * An arena of a {@link Festival} (CASCADE), with another arena of it to send the crowd to when full:
 * a DO_NOTHING link to its own table, which the festival's cascade takes with the arena.
 */
@Model
public record Arena(
        @Id long id,
        @ForeignKey(to = Festival.class, onDelete = OnDelete.CASCADE) long festival,
        @OneToOneField(to = Arena.class, onDelete = OnDelete.DO_NOTHING, relatedName = "overflowOf") @Nullable Long overflow,
        String name) {}
