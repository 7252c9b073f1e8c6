package com.example.blog;

import dev.relata.*;

/**
 * A user's wallet. {@code PROTECT}: a user whose wallet still exists cannot be deleted, as the
 * tutorial's {@code OneToOneField(User, on_delete=models.PROTECT)}; close the wallet first.
 */
@Model
public record Wallet(
        @Id long id,
        @OneToOneField(to = User.class, onDelete = OnDelete.PROTECT) long user,
        long balanceCents) {}
