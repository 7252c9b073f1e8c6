package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** A tour whose legs go with it. */
@Model
public record Tour(@Id long id, String name) {}
