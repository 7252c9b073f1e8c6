package dev.relata.it.keys;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.it.support.Nullable;
import java.util.UUID;

/** A row keyed by text with a foreign key to an int key and a nullable one to a UUID key. */
@Model
public record Slot(
        @Id String code,
        @ForeignKey(to = Rack.class, onDelete = OnDelete.CASCADE) int rack,
        @ForeignKey(to = Cellar.class, onDelete = OnDelete.SET_NULL) @Nullable UUID cellar) {}
