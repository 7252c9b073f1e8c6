package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.it.support.Nullable;

/** A foreign key to a text key: many deliveries come from one supplier. */
@Model
public record Delivery(
        @Id long id,
        @ForeignKey(to = Supplier.class, onDelete = OnDelete.CASCADE) String supplier,
        @Nullable String note) {}
