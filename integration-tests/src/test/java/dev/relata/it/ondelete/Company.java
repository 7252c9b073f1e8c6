package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** The root of a chain mixing CASCADE with SET_NULL and DO_NOTHING. */
@Model
public record Company(@Id long id, String name) {}
