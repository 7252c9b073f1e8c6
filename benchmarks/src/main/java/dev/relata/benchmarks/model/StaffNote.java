package dev.relata.benchmarks.model;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * A note kept for a staff user: the seed's {@code limitChoicesTo = "isStaff = true"} on a one-to-one
 * link to {@link User}, which {@link Profile} leaves out. Only the choice check scenario writes it, so
 * that the generated inserts of the other scenarios run no check the other implementations would not.
 */
@Model
public record StaffNote(
        @Id long id,
        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "isStaff = true") long user,
        String text) {}
