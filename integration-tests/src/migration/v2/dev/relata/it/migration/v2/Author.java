package dev.relata.it.migration.v2;

import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;
import org.jspecify.annotations.Nullable;

/** Schema version 2: the author gains a nullable column and one with a default. */
@Model
public record Author(@Id long id, String name, String email, @Nullable String bio, @Default("3") int rank) {}
