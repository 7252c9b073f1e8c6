package dev.relata.it.migration.v3;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;
import org.jspecify.annotations.Nullable;

/** Schema version 3: {@code email} is renamed to {@code contact}, and keeps its data. */
@Model
public record Author(@Id long id, String name, @Column(renamedFrom = "email") String contact, @Nullable String bio,
        @Default("3") int rank) {}
