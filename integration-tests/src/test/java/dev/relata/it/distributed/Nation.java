package dev.relata.it.distributed;

import dev.relata.Id;
import dev.relata.Model;

/** A reference table that only another reference table links to. */
@Model
public record Nation(@Id long id, String name) {}
