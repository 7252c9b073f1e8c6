package dev.relata.it.migration.v10;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 10: as in version 8. */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
