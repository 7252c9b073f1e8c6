package dev.relata.benchmarks.model;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/** A comment on a page: many per page, through a foreign key (scenario 7). */
@Model
public record Comment(
        @Id long id,
        @ForeignKey(to = Page.class, onDelete = OnDelete.CASCADE) long page,
        String text) {}
