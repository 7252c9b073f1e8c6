package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** A foreign key into a {@code @Parent} child: deleting the bistro, or its place, deletes its visits. */
@Model
public record Visit(
        @Id long id,
        @ForeignKey(to = Bistro.class, onDelete = OnDelete.CASCADE) long bistro,
        String guest) {}
