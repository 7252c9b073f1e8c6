package dev.relata.it.manytoone;

import dev.relata.Default;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * {@code ForeignKey(Waiter, default=1, on_delete=SET_DEFAULT)}: a table whose waiter leaves goes back to
 * the head waiter, key 1.
 */
@Model(table = "dining_table")
public record Table(
        @Id long id,
        @ForeignKey(to = Waiter.class, onDelete = OnDelete.SET_DEFAULT) @Default("1") long waiter,
        int seats) {}
