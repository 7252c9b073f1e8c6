package dev.relata.it.chain;

import dev.relata.Id;
import dev.relata.Model;

/** A badge that at most one super like wears. */
@Model
public record Badge(@Id long id, String title) {}
