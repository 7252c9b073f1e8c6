package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;

/** A place; {@link Stall} and {@link Kiosk} inherit its components, which their links' conditions name. */
@Model
public record Venue(@Id long id, String name, boolean open) {}
