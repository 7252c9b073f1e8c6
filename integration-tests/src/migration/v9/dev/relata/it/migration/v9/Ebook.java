package dev.relata.it.migration.v9;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 9: as in version 8. */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
