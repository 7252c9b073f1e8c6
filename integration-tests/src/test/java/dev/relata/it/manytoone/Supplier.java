package dev.relata.it.manytoone;

import dev.relata.Id;
import dev.relata.Model;

/** A target keyed by text: a supplier known by its code. */
@Model
public record Supplier(@Id String code, String name) {}
