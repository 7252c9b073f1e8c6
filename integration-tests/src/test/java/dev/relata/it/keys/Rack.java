package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;

/** A target keyed by an int. */
@Model
public record Rack(@Id int id, String label) {}
