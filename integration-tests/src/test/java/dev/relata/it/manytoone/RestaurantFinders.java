package dev.relata.it.manytoone;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;

/**
 * Finders of Restaurant backward through foreign keys: some linking row matches (Django's
 * {@code Restaurant.objects.filter(waiter__name=...)}), however many link.
 */
@Finders(Restaurant.class)
public interface RestaurantFinders {
    @Where("waiterList.name = :name") @OrderBy("name")
    List<Restaurant> withWaiterNamed(String name);

    @Where("waiterList.name = :name")
    long countWithWaiterNamed(String name);

    @Where("waiterList.tipList.cents >= :cents") @OrderBy("name")
    List<Restaurant> withATipOfAtLeast(int cents);

    @Where("code = :code or bistros.name = :place") @OrderBy("name")
    List<Restaurant> withCodeOrBistro(String code, String place);

    @Where("waiterList.name = :name and inspectionList.score < :score") @OrderBy("name")
    List<Restaurant> withWaiterAndInspectionBelow(String name, int score);

    /** Django's {@code filter(waiter__isnull=True)}: the restaurants no waiter works at. */
    @Where("waiterList.id is null") @OrderBy("name")
    List<Restaurant> withoutWaiters();

    /** Django's {@code filter(waiter__tip__isnull=True)}: a waiter without tips, or no waiter at all. */
    @Where("waiterList.tipList.id is null") @OrderBy("name")
    List<Restaurant> withAnUntippedWaiterOrNone();
}
