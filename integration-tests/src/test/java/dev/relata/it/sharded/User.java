package dev.relata.it.sharded;

import dev.relata.Distributed;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** The root of the chain: its rows are spread over the shards by {@code id}. */
@Model(table = "s_user")
@Distributed
public record User(@Id long id, String username,
        @ForeignKey(to = Country.class, onDelete = OnDelete.PROTECT) String country) {}
