package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Leaves its office to the database's foreign key (DO_NOTHING). */
@Model
public record Alarm(
        @Id long id,
        @OneToOneField(to = Office.class, onDelete = OnDelete.DO_NOTHING) long office,
        String code) {}
