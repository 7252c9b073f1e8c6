package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;

/** A model that is nothing but its generated key: its rows are inserted with every column's default. */
@Model
public record Token(@Id long id) {}
