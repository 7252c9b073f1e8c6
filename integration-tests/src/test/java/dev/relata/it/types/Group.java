package dev.relata.it.types;

import dev.relata.Column;
import dev.relata.Id;
import dev.relata.Model;

/** A model whose table ({@code group}) and columns ({@code key}, {@code value}, {@code column}) are SQL reserved words. */
@Model
public record Group(@Id long id, String key, String value, @Column(name = "column") String label) {}
