package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** The target of a SET_NULL link. */
@Model
public record Locker(@Id long id, String label) {}
