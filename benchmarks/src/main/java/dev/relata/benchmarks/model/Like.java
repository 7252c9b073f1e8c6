package dev.relata.benchmarks.model;

import dev.relata.Model;
import dev.relata.Parent;

/** The seed's {@code class Like(Page)}: multi-table inheritance, keyed by {@code page_ptr_id}. */
@Model
public record Like(@Parent Page page, int likes) {}
