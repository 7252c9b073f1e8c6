package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OneToOneField;
import dev.relata.OnDelete;
import java.util.UUID;

/** A link with {@code limitChoicesTo} to a UUID-keyed model: only accounts with a company address. */
@Model
public record Mailbox(
        @Id UUID id,
        @OneToOneField(to = Account.class, onDelete = OnDelete.CASCADE, relatedName = "mailbox",
                limitChoicesTo = "email = 'ops@example.com' or email = 'dev@example.com'") UUID account,
        int quotaMegabytes) {}
