package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** The target of a SET_DEFAULT link, with a key the caller assigns. */
@Model
public record Seat(@Id String code, String name) {}
