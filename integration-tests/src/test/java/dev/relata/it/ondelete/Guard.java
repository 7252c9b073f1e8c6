package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * {@code vault = OneToOneField(Vault, on_delete=PROTECT)}: its vault cannot be deleted while it
 * guards it.
 */
@Model
public record Guard(
        @Id long id,
        @OneToOneField(to = Vault.class, onDelete = OnDelete.PROTECT) long vault,
        String name) {}
