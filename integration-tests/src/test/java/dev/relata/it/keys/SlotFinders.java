package dev.relata.it.keys;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.List;
import java.util.UUID;

/** Finders of Slot through an int foreign key and a nullable UUID one. */
@Finders(Slot.class)
public interface SlotFinders {
    @Where("rack.id = :rack or cellar.id = :cellar or cellar is null") @OrderBy("cellar.name DESC, rack.label")
    List<Slot> inRackOrCellarOrNone(int rack, UUID cellar);
}
