package dev.relata.it.blog;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;

/** Finders of Like through the components it inherits from Page, and on through Page's links. */
@Finders(Like.class)
public interface LikeFinders {
    @Where("pageName = :pageName") @OrderBy("likes DESC")
    List<Like> onPage(String pageName);

    @Where("profile.user.username = :username and likes > :likes")
    long countOf(String username, int likes);

    @Where("profile.city = :city") @OrderBy("profile.user.username, pageName DESC")
    List<Like> inCity(String city);
}
