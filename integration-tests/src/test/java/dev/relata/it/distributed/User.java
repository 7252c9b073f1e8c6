package dev.relata.it.distributed;

import dev.relata.Distributed;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** The root of the chain: its table, {@code user} (a reserved word), is distributed by its key. */
@Model
@Distributed
public record User(@Id long id, String username, @ForeignKey(to = Country.class, onDelete = OnDelete.PROTECT) String country) {}
