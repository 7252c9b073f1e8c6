package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** A condition on an inherited component ({@code open}, {@link Venue}'s) and an own one of {@link Stall}. */
@Model
public record Vendor(
        @Id long id,
        @OneToOneField(to = Stall.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "open = true and stands >= 2") long stall) {}
