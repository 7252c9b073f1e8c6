package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.it.support.Nullable;

/** A foreign key to its own model: a sommelier learns from a mentor, who may have many apprentices. */
@Model
public record Sommelier(
        @Id long id,
        @ForeignKey(to = Sommelier.class, onDelete = OnDelete.SET_NULL, relatedName = "apprentices") @Nullable Long mentor,
        String name) {}
