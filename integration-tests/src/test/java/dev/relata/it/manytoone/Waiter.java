package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** {@code restaurant = ForeignKey(Restaurant, on_delete=CASCADE)}: many waiters per restaurant. */
@Model
public record Waiter(
        @Id long id,
        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE) long restaurant,
        String name) {}
