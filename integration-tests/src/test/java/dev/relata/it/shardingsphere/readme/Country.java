package dev.relata.it.shardingsphere.readme;

import dev.relata.Id;
import dev.relata.Model;

/** The README's reference table. */
@Model(table = "limit")
public record Country(@Id String code, String name) {}
