package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.Parent;

/** A {@code @Parent} child that links by foreign key: many bistros belong to one restaurant (as its chain). */
@Model
public record Bistro(
        @Parent Place place,
        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.CASCADE, relatedName = "bistros") long restaurant,
        int tables) {}
