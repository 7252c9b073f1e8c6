package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** {@code ForeignKey(Waiter, on_delete=DO_NOTHING)}: left to the database, whose foreign key refuses. */
@Model
public record Complaint(
        @Id long id,
        @ForeignKey(to = Waiter.class, onDelete = OnDelete.DO_NOTHING, relatedName = "complaints") long waiter,
        String text) {}
