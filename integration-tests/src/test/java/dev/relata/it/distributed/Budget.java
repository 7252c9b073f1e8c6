package dev.relata.it.distributed;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Keyed by its grant: distributed by {@code grant_id}, co-located with {@code grant}. */
@Model
public record Budget(@Id @OneToOneField(to = Grant.class, onDelete = OnDelete.CASCADE) long grant, long amount) {}
