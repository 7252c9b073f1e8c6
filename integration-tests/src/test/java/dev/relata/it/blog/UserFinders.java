package dev.relata.it.blog;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;
import java.util.Optional;

/** Finders of User through reverse paths: the user's profile, its page and the page's like. */
@Finders(User.class)
public interface UserFinders {
    @Where("profile.city = :city") @OrderBy("username")
    List<User> livingIn(String city);

    @Where("profile.page.like.likes >= :likes") @OrderBy("profile.page.like.likes DESC")
    List<User> likedAtLeast(int likes);

    @Where("profile.city is null") @OrderBy("username")
    List<User> withoutProfile();

    @OrderBy("profile.city, username")
    List<User> byCity();

    @Where("username = :username")
    Optional<User> named(String username);
}
