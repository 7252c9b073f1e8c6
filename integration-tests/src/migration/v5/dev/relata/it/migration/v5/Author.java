package dev.relata.it.migration.v5;

import dev.relata.Column;
import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;

/**
 * Schema version 5: as in version 4. The package's review model is gone, and its table with it,
 * on purpose: the warning about the dropped table is on this model.
 */
@Model
@SuppressWarnings("relata:dropped-table")
public record Author(@Id long id, @Column(length = 400) String name, @Column(renamedFrom = "email") String contact,
        @Default("(none)") String bio, @Default("1") int rank) {}
