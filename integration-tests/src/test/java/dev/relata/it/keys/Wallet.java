package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import java.util.UUID;

/**
 * A UUID-keyed model linking to another one. The component {@code accountId} names the relation
 * {@code account} (column {@code account_id}), as {@code account} would.
 */
@Model
public record Wallet(
        @Id UUID id,
        @OneToOneField(to = Account.class, onDelete = OnDelete.CASCADE) UUID accountId,
        long balanceCents) {}
