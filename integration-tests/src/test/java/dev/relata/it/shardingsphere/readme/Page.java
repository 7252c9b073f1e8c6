package dev.relata.it.shardingsphere.readme;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** The README's page, keyed by its profile. */
@Model(table = "column")
public record Page(@Id @OneToOneField(to = Profile.class, onDelete = OnDelete.CASCADE) long profile,
        String pageName) {}
