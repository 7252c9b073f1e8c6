package dev.relata.it.shardingsphere.readme;

import dev.relata.Model;
import dev.relata.Parent;

/** The README's like, a child of its page. */
@Model(table = "window")
public record Like(@Parent Page page, int likes) {}
