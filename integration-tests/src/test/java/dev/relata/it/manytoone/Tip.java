package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.it.support.Nullable;

/** {@code ForeignKey(Waiter, null=True, on_delete=SET_NULL)}: a tip outlives its waiter, unassigned. */
@Model
public record Tip(
        @Id long id,
        @ForeignKey(to = Waiter.class, onDelete = OnDelete.SET_NULL) @Nullable Long waiter,
        int cents) {}
