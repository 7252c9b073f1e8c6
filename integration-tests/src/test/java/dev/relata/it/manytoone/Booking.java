package dev.relata.it.manytoone;

import dev.relata.ForeignKey;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;

/**
 * Django's Artist/Album/Song shape with foreign keys: a booking RESTRICTs its restaurant, and goes
 * with the waiter who took it (CASCADE). Deleting the restaurant deletes its waiters and so their
 * bookings, which RESTRICT then allows; deleting a restaurant whose bookings another restaurant's
 * waiter took is refused.
 */
@Model
public record Booking(
        @Id long id,
        @ForeignKey(to = Restaurant.class, onDelete = OnDelete.RESTRICT) long restaurant,
        @ForeignKey(to = Waiter.class, onDelete = OnDelete.CASCADE) long waiter,
        String guest) {}
