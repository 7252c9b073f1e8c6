package dev.relata.it.ondelete;

import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import dev.relata.Parent;

/**
 * An encore is a performance (multi-table inheritance) by an artist, and goes with the artist
 * (CASCADE), taking its performance row with it.
 */
@Model
public record Encore(
        @Parent Performance performance,
        @OneToOneField(to = Artist.class, onDelete = OnDelete.CASCADE, relatedName = "encore") long artist) {}
