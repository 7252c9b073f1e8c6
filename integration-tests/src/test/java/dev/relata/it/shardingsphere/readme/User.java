package dev.relata.it.shardingsphere.readme;

import dev.relata.Distributed;
import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** The README's root of a distributed chain, under a reserved word, as {@code user} is. */
@Model(table = "select")
@Distributed
public record User(@Id long id, String username,
        @ForeignKey(to = Country.class, onDelete = OnDelete.PROTECT) String country) {}
