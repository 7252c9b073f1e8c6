package dev.relata.it.manytoone;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Paging;
import dev.relata.Where;
import java.util.List;

/** Finders of Tip through its nullable foreign key. */
@Finders(Tip.class)
public interface TipFinders {
    @Where("waiter.restaurant.code = :code or cents > :cents") @OrderBy("cents")
    List<Tip> atRestaurantOrAbove(String code, int cents);

    @Where("waiter.name is null") @OrderBy("cents")
    List<Tip> unassigned();

    @Where("waiter.restaurant.name is null or waiter.name = :name")
    long countUnassignedOr(String name);

    @Where("cents >= :cents") @OrderBy("waiter.restaurant.name DESC, waiter.name")
    List<Tip> byRestaurant(int cents, Paging paging);

    @Where("waiter.complaints.text = :text or waiter.id is null") @OrderBy("cents")
    List<Tip> ofComplainedOrNone(String text);

    @Where("waiter.complaints.id is null") @OrderBy("cents")
    List<Tip> withoutComplaints();
}
