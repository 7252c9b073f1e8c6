package dev.relata.it.migration.v4;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;

/**
 * Schema version 4: columns change in place. {@code name} holds more characters, {@code bio}
 * becomes NOT NULL (rows without one get the default), and {@code rank}'s default changes.
 */
@Model
public record Author(@Id long id, @Column(length = 400) String name, @Column(renamedFrom = "email") String contact,
        @Default("(none)") String bio, @Default("1") int rank) {}
