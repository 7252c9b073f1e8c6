package dev.relata.it.manytoone;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;

/** Finders of Waiter forward through its foreign key, Django's {@code Waiter.objects.filter(restaurant__code=...)}. */
@Finders(Waiter.class)
public interface WaiterFinders {
    @Where("restaurant.code = :code") @OrderBy("name")
    List<Waiter> atRestaurant(String code);

    @OrderBy("restaurant.name DESC, name")
    List<Waiter> byRestaurant();
}
