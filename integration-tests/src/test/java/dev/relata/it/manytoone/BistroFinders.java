package dev.relata.it.manytoone;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;

/** Finders of a @Parent child that links by foreign key and is linked to. */
@Finders(Bistro.class)
public interface BistroFinders {
    @Where("name = :name or visitList.guest = :guest") @OrderBy("name")
    List<Bistro> namedOrVisitedBy(String name, String guest);

    @Where("visitList.id is null or restaurant.code = :code") @OrderBy("name DESC")
    List<Bistro> unvisitedOrAt(String code);

    @Where("annexes.capacity > :capacity") @OrderBy("name")
    List<Bistro> withAnnexAbove(int capacity);

    @Where("parkingLot.capacity > :capacity or parkingLot.capacity is null") @OrderBy("parkingLot.capacity, name")
    List<Bistro> parkingAboveOrNone(int capacity);

    @Where("restaurant.bistros.name = :name and name != :name") @OrderBy("name")
    List<Bistro> siblingsOf(String name);
}
