package dev.relata.it.migration.v5;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 5: as in version 4. */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
