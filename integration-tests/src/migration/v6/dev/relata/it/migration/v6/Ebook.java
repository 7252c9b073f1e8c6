package dev.relata.it.migration.v6;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 6: as in version 5. */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
