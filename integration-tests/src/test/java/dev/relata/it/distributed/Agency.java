package dev.relata.it.distributed;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** A reference table that the chain links to, itself linking to another reference table. */
@Model
public record Agency(@Id String code, String name, @ForeignKey(to = Nation.class, onDelete = OnDelete.CASCADE) long nation) {}
