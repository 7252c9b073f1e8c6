package dev.relata.it.distributed;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Keyed by its profile, so by its user's key too. */
@Model
public record Page(@Id @OneToOneField(to = Profile.class, onDelete = OnDelete.RESTRICT) long profile, String pageName) {}
