package dev.relata.it.blog;

import dev.relata.Model;
import dev.relata.Parent;

/** The seed's multi-table inheritance: {@code class Like(Page)}, with the link {@code page_ptr_id}. */
@Model
public record Like(@Parent Page page, int likes) {}
