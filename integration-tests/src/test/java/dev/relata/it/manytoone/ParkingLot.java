package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.Parent;
import dev.relata.it.support.Nullable;

/**
 * Django's {@code ParkingLot(Place)} with {@code main_site = ForeignKey(Place, ...)}: a foreign key
 * from a child to its own parent model is a link of its own, beside the inheritance.
 */
@Model
public record ParkingLot(
        @Parent Place place,
        @ForeignKey(to = Place.class, onDelete = OnDelete.SET_NULL, relatedName = "annexes") @Nullable Long mainSite,
        int capacity) {}
