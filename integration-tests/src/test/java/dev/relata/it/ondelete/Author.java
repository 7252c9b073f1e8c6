package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** The target of a CASCADE link. */
@Model
public record Author(@Id long id, String name) {}
