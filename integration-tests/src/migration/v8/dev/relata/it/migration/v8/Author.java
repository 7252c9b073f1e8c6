package dev.relata.it.migration.v8;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;

/**
 * Schema version 8: the key is renamed, {@code id} to {@code code}, while books link to it; the old
 * {@code contact} goes and {@code bio} takes its name, with its own values.
 */
@Model
@SuppressWarnings("relata:dropped-column")
public record Author(@Id @Column(renamedFrom = "id") long code, @Column(length = 400) String name,
        @Column(renamedFrom = "bio") @Default("(none)") String contact, @Default("true") boolean featured) {}
