package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;

/** A model with a database-generated key, extended by {@link Employee}. */
@Model
public record Person(@Id long id, String name) {}
