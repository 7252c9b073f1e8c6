package dev.relata.it.types;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * A model whose table ({@code order}) and columns ({@code select}, {@code from}, {@code limit},
 * {@code where}) are SQL reserved words, linking to another such model.
 */
@Model
public record Order(
        @Id long id,
        @OneToOneField(to = Group.class, onDelete = OnDelete.CASCADE) long group,
        String select,
        String from,
        int limit,
        String where) {}
