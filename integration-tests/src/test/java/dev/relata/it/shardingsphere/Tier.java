package dev.relata.it.shardingsphere;

import dev.relata.Id;
import dev.relata.Model;

/** A broadcast table keyed by an int the application assigns. */
@Model(table = "ss_tier")
public record Tier(@Id int rank, String name) {}
