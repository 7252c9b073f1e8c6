package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** {@code ForeignKey(Restaurant, on_delete=PROTECT)}: a restaurant with inspections cannot be deleted. */
@Model
public record Inspection(
        @Id long id,
        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.PROTECT) long restaurant,
        int score) {}
