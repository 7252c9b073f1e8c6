package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/** A chain of stages, each after the one before: {@code OneToOneField("self", on_delete=RESTRICT)}. */
@Model
public record Stage(
        @Id long id,
        @OneToOneField(to = Stage.class, onDelete = OnDelete.RESTRICT, relatedName = "nextStage") @Nullable Long previous,
        String name) {}
