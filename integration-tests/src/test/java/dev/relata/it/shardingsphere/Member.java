package dev.relata.it.shardingsphere;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * The root of the sharded chain: its rows are spread over the shards by {@code id}, which the
 * application assigns or ShardingSphere's key generator draws.
 */
@Model(table = "ss_member")
public record Member(
        @Id long id,
        String name,
        @ForeignKey(to = Region.class, onDelete = OnDelete.PROTECT) String region,
        @ForeignKey(to = Tier.class, onDelete = OnDelete.PROTECT) int tier) {}
