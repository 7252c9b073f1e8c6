package dev.relata.it.sharded;

import dev.relata.Id;
import dev.relata.Model;

/** Outside the chain: a reference (broadcast) table, the same rows in every shard. */
@Model(table = "s_country")
public record Country(@Id String code, String name) {}
