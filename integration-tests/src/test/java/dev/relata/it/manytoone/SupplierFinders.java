package dev.relata.it.manytoone;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;

/** Finders backward through a foreign key to a text key. */
@Finders(Supplier.class)
public interface SupplierFinders {
    @Where("deliveryList.note = :note or deliveryList.id is null") @OrderBy("name")
    List<Supplier> withDeliveryNotedOrNone(String note);
}
