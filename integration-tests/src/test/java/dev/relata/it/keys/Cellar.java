package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;
import java.util.UUID;

/** A target keyed by UUID that many rows link to by foreign key. */
@Model
public record Cellar(@Id UUID id, String name) {}
