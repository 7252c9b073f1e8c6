package dev.relata.it.migration.v3;

import dev.relata.Default;
import dev.relata.Model;
import dev.relata.Parent;

/** Schema version 3: a new child model of the book (multi-table inheritance). */
@Model
public record Ebook(@Parent Book book, @Default("epub") String format) {}
