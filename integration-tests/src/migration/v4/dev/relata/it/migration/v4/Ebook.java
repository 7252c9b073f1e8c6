package dev.relata.it.migration.v4;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 4: as in version 3. */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
