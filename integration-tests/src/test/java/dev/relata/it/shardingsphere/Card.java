package dev.relata.it.shardingsphere;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import java.util.UUID;

/** One card per member, on the member's shard (sharded by {@code member_id}); its key is ShardingSphere's. */
@Model(table = "ss_card")
public record Card(
        @Id long id,
        @OneToOneField(to = Member.class, onDelete = OnDelete.CASCADE) long member,
        @ForeignKey(to = Badge.class, onDelete = OnDelete.PROTECT) UUID badge,
        String label) {}
