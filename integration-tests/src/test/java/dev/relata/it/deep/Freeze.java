package dev.relata.it.deep;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** A version that must not be deleted: PROTECT, however deep the cascade that reaches it. */
@Model
public record Freeze(@Id long id, @OneToOneField(to = Version.class, onDelete = OnDelete.PROTECT) long version) {}
