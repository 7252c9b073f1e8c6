package dev.relata.it.distributed;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Keyed by its budget, so by its grant's key too. */
@Model
public record Report(@Id @OneToOneField(to = Budget.class, onDelete = OnDelete.RESTRICT) long budget, String summary) {}
