package dev.relata.it.migration.v6;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;

/** Schema version 6: as in version 5. */
@Model
public record Author(@Id long id, @Column(length = 400) String name, @Column(renamedFrom = "email") String contact,
        @Default("(none)") String bio, @Default("1") int rank) {}
