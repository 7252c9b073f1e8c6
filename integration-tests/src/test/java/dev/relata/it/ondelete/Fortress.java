package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Protects its province (PROTECT), and so, through the cascade, the province's realm. */
@Model
public record Fortress(
        @Id long id,
        @OneToOneField(to = Province.class, onDelete = OnDelete.PROTECT) long province,
        String name) {}
