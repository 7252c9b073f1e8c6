package dev.relata.it.choices;

import dev.relata.Model;
import dev.relata.Parent;

/** A {@link Venue} with stands (multi-table inheritance). */
@Model
public record Stall(@Parent Venue venue, int stands) {}
