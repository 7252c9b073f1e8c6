package dev.relata.it.keys;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Where;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Finders of Cellar backward through foreign keys from UUID and text keyed rows. */
@Finders(Cellar.class)
public interface CellarFinders {
    @Where("bottleList.vintage < :vintage or bottleList.id is null") @OrderBy("name")
    List<Cellar> withOlderBottleOrNone(int vintage);

    @Where("bottleList.id in :bottles or slotList.rack.label = :label") @OrderBy("name")
    List<Cellar> holdingOrRacked(Collection<UUID> bottles, String label);

    @Where("bottleList.vintage is null") @OrderBy("name")
    List<Cellar> withUndatedBottleOrNone();
}
