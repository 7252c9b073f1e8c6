package dev.relata.it.ondelete;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/** A leg of a {@link Tour} (CASCADE), after another leg of it (a RESTRICT link to its own table). */
@Model
public record Leg(
        @Id long id,
        @ForeignKey(to = Tour.class, onDelete = OnDelete.CASCADE) long tour,
        @OneToOneField(to = Leg.class, onDelete = OnDelete.RESTRICT, relatedName = "following") @Nullable Long after,
        String city) {}
