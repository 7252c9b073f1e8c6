package dev.relata.it.nullable;

import dev.relata.Id;
import dev.relata.Model;

/** The target of a nullable link. */
@Model
public record Owner(@Id long id, String name) {}
