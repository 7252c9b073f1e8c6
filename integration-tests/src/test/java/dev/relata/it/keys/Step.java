package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A chain of UUID-keyed steps, each after the one before: a RESTRICT link to its own table. */
@Model
public record Step(
        @Id UUID id,
        @OneToOneField(to = Step.class, onDelete = OnDelete.RESTRICT, relatedName = "nextStep") @Nullable UUID previous,
        String name) {}
