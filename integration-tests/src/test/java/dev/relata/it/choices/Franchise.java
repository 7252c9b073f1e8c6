package dev.relata.it.choices;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** A foreign key whose condition names a component of each level of {@link Kiosk}'s chain. */
@Model
public record Franchise(
        @Id long id,
        @ForeignKey(to = Kiosk.class, onDelete = OnDelete.CASCADE,
                limitChoicesTo = "name like 'K%' and (stands > 0 or open = false) and brand != 'Generic'") long kiosk) {}
