package dev.relata.it.manytoone;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;

/** Finders through a foreign key to a text key. */
@Finders(Delivery.class)
public interface DeliveryFinders {
    @Where("supplier.name like :pattern or note is null") @OrderBy("supplier.name DESC")
    List<Delivery> fromSupplierLike(String pattern);
}
