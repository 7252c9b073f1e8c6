package com.example.blog;

import dev.relata.Finders;
import dev.relata.Where;

/** Queries over likes, through the page a Like is and on to its profile's user. */
@Finders(Like.class)
public interface LikeFinders {
    @Where("profile.user.username = :username and likes >= :atLeast")
    long countOf(String username, int atLeast);
}
