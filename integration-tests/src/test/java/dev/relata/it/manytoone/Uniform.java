package dev.relata.it.manytoone;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** A one-to-one after a foreign key: Restaurant &lt;-FK CASCADE- Waiter &lt;-one-to-one CASCADE- Uniform. */
@Model
public record Uniform(
        @Id long id,
        @OneToOneField(to = Waiter.class, onDelete = OnDelete.CASCADE) long waiter,
        String size) {}
