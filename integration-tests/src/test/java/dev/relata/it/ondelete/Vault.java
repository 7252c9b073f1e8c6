package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** The target of a PROTECT link. */
@Model
public record Vault(@Id long id, String label) {}
