package dev.relata.it.blog;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Paging;
import dev.relata.Where;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** DESIGN's finders of Profile, and the forms users reach for next. */
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

    @Where("city in :cities") @OrderBy("city DESC, user.username")
    List<Profile> inCities(Collection<String> cities);

    @Where("name like :pattern") @OrderBy("name")
    List<Profile> named(String pattern);

    @OrderBy("name")
    List<Profile> byName(Paging paging);

    @Where("page.pageName = :pageName or city = 'Paris'") @OrderBy("user.username DESC")
    List<Profile> withPageOrInParis(String pageName);
}
