package dev.relata.benchmarks.model;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * The seed's profile, one per user. The seed's {@code limitChoicesTo} is left out so that every
 * implementation measured does the same work (it would add one locking query over the linked users
 * to the generated inserts only).
 */
@Model
public record Profile(
        @Id long id,
        @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user,
        String name,
        String city) {}
