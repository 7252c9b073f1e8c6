package dev.relata.it.shardingsphere;

import dev.relata.Id;
import dev.relata.Model;
import java.util.UUID;

/** A broadcast table keyed by a UUID the application assigns. */
@Model(table = "ss_badge")
public record Badge(@Id UUID id, String title) {}
