package dev.relata.it.distributed;

import dev.relata.Model;
import dev.relata.Parent;

/** A child of Page: distributed by its parent link, {@code page_ptr_id}. */
@Model
public record Like(@Parent Page page, int likes) {}
