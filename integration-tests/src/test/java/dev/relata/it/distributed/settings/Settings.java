package dev.relata.it.distributed.settings;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import dev.relata.it.distributed.User;

/** A chain's model in another package than its root: co-located with the root's table, created before. */
@Model
public record Settings(@Id @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user, String theme) {}
