package com.example.blog;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * A comment on a page: the seed's other relation, a {@code ForeignKey}. A page has any number of
 * comments, each on one page; deleting the page deletes its comments.
 */
@Model
public record Comment(
        @Id long id,
        @ForeignKey(to = Page.class, onDelete = OnDelete.CASCADE) long page,
        String author,
        String text) {}
