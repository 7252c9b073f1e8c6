package dev.relata.it.shardingsphere;

import dev.relata.Id;
import dev.relata.Model;

/** A broadcast table (a copy on every shard), keyed by text the application assigns. */
@Model(table = "ss_region")
public record Region(@Id String code, String name) {}
