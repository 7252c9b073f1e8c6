package dev.relata.it.manytoone;

import dev.relata.Id;
import dev.relata.Model;

/** Django's Place, the parent of the multi-table inheritance below. */
@Model
public record Place(@Id long id, String name) {}
