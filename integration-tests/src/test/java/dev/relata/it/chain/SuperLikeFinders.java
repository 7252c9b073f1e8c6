package dev.relata.it.chain;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;

/** Finders of the third level of an inheritance chain, through its own link and its grandparent's. */
@Finders(SuperLike.class)
public interface SuperLikeFinders {
    @Where("badge.title = :title or profile.user.username = :username") @OrderBy("likes, note")
    List<SuperLike> ofBadgeOrUser(String title, String username);

    @Where("profile.user.profile.city = :city and likes >= :likes")
    boolean anyIn(String city, int likes);
}
