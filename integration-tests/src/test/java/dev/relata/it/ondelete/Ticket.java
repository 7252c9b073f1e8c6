package dev.relata.it.ondelete;

import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/**
 * {@code seat = OneToOneField(Seat, default='standing', on_delete=SET_DEFAULT)}: moved to the seat
 * {@code standing} when its seat is deleted.
 */
@Model
public record Ticket(
        @Id long id,
        @OneToOneField(to = Seat.class, onDelete = OnDelete.SET_DEFAULT) @Default("standing") String seat,
        String holder) {}
