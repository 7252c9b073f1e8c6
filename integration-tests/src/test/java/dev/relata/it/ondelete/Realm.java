package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** The root of a chain whose CASCADE reaches a PROTECT link. */
@Model
public record Realm(@Id long id, String name) {}
