package dev.relata.it.migration.v7;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;

/**
 * Schema version 7: the rank becomes a flag, {@code featured}: an INTEGER column made BOOLEAN keeps its
 * rows (0 is false, any other rank true), which PostgreSQL converts only when told how, and its default.
 */
@Model
public record Author(@Id long id, @Column(length = 400) String name, String contact, @Default("(none)") String bio,
        @Column(renamedFrom = "rank") @Default("true") @SuppressWarnings("relata:migration-type-change")
        boolean featured) {}
