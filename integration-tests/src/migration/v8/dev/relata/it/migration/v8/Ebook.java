package dev.relata.it.migration.v8;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 8: as in version 7, its key the book's {@code number}. */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
