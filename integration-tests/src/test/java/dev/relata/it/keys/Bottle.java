package dev.relata.it.keys;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.it.support.Nullable;
import java.util.UUID;

/** A row keyed by UUID, linking by foreign key to a UUID key: its cellar's rows come by key. */
@Model
public record Bottle(
        @Id UUID id,
        @ForeignKey(to = Cellar.class, onDelete = OnDelete.CASCADE) UUID cellar,
        @Nullable Integer vintage) {}
