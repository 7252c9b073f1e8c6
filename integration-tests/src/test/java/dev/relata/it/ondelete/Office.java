package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Deleted with its company (CASCADE). */
@Model
public record Office(
        @Id long id,
        @OneToOneField(to = Company.class, onDelete = OnDelete.CASCADE) long company,
        String city) {}
