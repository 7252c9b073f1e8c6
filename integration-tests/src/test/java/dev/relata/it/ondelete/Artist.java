package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** Django's RESTRICT example (docs, on_delete=RESTRICT): the artist. */
@Model
public record Artist(@Id long id, String name) {}
