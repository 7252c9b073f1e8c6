package dev.relata.it.migration.v1;

import dev.relata.Id;
import dev.relata.Model;

/** Schema version 1 of the migration tests: an author. */
@Model
public record Author(@Id long id, String name, String email) {}
