package dev.relata.it.naming;

import dev.relata.Model;

/** A model without {@code @Id}: its component named {@code id} is the key. */
@Model
public record Team(long id, String name) {}
