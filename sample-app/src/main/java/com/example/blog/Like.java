package com.example.blog;

import dev.relata.*;

/**
 * Multi-table inheritance: Django's {@code class Like(Page)}. The @Parent component holds the
 * parent row; the link column page_ptr_id is created for it, as Django creates page_ptr.
 */
@Model
public record Like(@Parent Page page, int likes) {}
