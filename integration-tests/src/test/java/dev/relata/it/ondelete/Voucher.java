package dev.relata.it.ondelete;

import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;
import org.jspecify.annotations.Nullable;

/** A voucher for a seat, cleared when the seat goes: SET_DEFAULT with a NULL default (Django's default=None). */
@Model
public record Voucher(
        @Id long id,
        @OneToOneField(to = Seat.class, onDelete = OnDelete.SET_DEFAULT) @Default("null") @Nullable String seat,
        String holder) {}
