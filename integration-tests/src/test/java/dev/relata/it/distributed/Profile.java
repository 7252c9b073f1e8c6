package dev.relata.it.distributed;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Keyed by its user: distributed by {@code user_id}, co-located with {@code user}. */
@Model
public record Profile(@Id @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user, String name) {}
