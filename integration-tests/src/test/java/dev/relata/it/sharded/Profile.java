package dev.relata.it.sharded;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Keyed by its user: sharded by {@code user_id}, in the shard of its user. */
@Model(table = "s_profile")
public record Profile(@Id @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user, String name) {}
