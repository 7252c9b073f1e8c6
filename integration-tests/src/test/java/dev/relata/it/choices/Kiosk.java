package dev.relata.it.choices;

import dev.relata.Model;
import dev.relata.Parent;

/** A {@link Stall} with a brand: two levels of inheritance. */
@Model
public record Kiosk(@Parent Stall stall, String brand) {}
