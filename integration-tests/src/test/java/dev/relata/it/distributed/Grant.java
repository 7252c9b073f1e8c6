package dev.relata.it.distributed;

import dev.relata.Distributed;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** The root of the chain: its table, {@code grant} (a reserved word), is distributed by its key. */
@Model
@Distributed
public record Grant(@Id long id, String title, @ForeignKey(to = Agency.class, onDelete = OnDelete.PROTECT) String agency) {}
