package com.example.blog;

import dev.relata.*;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Finders(Profile.class)
public interface ProfileFinders {
    @Where("city = :city") @OrderBy("name")
    List<Profile> inCity(String city);

    @Where("user.username = :username")
    Optional<Profile> ofUsername(String username);

    @Where("user.isStaff = :staff and city != :city")
    long countByStaffOutside(boolean staff, String city);

    @Where("city = :city")
    boolean anyIn(String city);

    @Where("city in :cities and page.pageName like :prefix") @OrderBy("city, user.username DESC")
    List<Profile> inCitiesWithPage(Collection<String> cities, String prefix, Paging paging);
}
