package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Deleted with its realm (CASCADE). */
@Model
public record Province(
        @Id long id,
        @OneToOneField(to = Realm.class, onDelete = OnDelete.CASCADE) long realm,
        String name) {}
