package dev.relata.it.sharded;

import dev.relata.Model;
import dev.relata.Parent;

/** A child of {@link Page} (multi-table inheritance): sharded by {@code page_ptr_id}. */
@Model(table = "s_like")
public record Like(@Parent Page page, int likes) {}
