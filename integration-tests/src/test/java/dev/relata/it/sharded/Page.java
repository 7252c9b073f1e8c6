package dev.relata.it.sharded;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Keyed by its profile, and so by its user: sharded by {@code profile_id}. */
@Model(table = "s_page")
public record Page(@Id @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
        String pageName) {}
