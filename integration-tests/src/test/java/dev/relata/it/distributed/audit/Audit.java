package dev.relata.it.distributed.audit;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import dev.relata.it.distributed.Grant;

/** A chain's model in another package than its root: co-located with the root's table, created before. */
@Model
public record Audit(@Id @OneToOneField(to = Grant.class, onDelete = OnDelete.CASCADE) long grant, String auditor) {}
