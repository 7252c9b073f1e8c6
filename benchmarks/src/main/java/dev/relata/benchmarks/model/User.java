package dev.relata.benchmarks.model;

import dev.relata.Id;
import dev.relata.Model;

/** The seed's user: the root of every chain. */
@Model
public record User(@Id long id, String username, boolean isStaff) {}
