package dev.relata.it.migration.v9;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;

/** Schema version 9: as in version 8. */
@Model
public record Author(@Id long code, @Column(length = 400) String name, @Default("(none)") String contact,
        @Default("true") boolean featured) {}
