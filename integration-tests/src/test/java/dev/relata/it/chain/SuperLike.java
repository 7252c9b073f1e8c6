package dev.relata.it.chain;

import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import dev.relata.Parent;
import dev.relata.it.blog.Like;

/**
 * The third level of an inheritance chain, in a package of its own: Django's
 * {@code class SuperLike(Like)} where {@code class Like(Page)}. Its table {@code super_like} has the
 * key {@code like_ptr_id}.
 */
@Model
public record SuperLike(
        @Parent Like like,
        @OneToOneField(to = Badge.class, onDelete = OnDelete.CASCADE) long badge,
        String note) {}
