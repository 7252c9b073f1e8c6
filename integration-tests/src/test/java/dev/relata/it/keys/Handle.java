package dev.relata.it.keys;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/** A string key assigned by the caller, and a one-to-one link between string keys. */
@Model
public record Handle(
        @Id String name,
        @OneToOneField(to = Handle.class, onDelete = OnDelete.SET_NULL, relatedName = "aliasOf") @Nullable String alias) {}
