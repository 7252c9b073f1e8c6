package dev.relata.it.shardingsphere.readme;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** The README's profile, keyed by its user. */
@Model(table = "check")
public record Profile(@Id @OneToOneField(to = User.class, onDelete = OnDelete.CASCADE) long user, String name) {}
