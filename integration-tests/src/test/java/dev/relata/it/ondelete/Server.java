package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** The target of a DO_NOTHING link. */
@Model
public record Server(@Id long id, String host) {}
