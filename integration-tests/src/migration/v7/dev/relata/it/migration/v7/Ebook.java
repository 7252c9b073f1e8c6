package dev.relata.it.migration.v7;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 7: as in version 6. */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
