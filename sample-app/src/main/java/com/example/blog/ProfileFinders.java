package com.example.blog;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;
import java.util.Optional;

/** Queries over profiles, implemented by the generated {@code ProfileDao}: Django's {@code Profile.objects.filter}. */
@Finders(Profile.class)
public interface ProfileFinders {
    @Where("city = :city") @OrderBy("name")
    List<Profile> inCity(String city);

    @Where("user.username = :username")
    Optional<Profile> ofUsername(String username);
}
