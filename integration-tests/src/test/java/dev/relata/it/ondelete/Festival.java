package dev.relata.it.ondelete;

import dev.relata.Id;
import dev.relata.Model;

/** A festival whose venues and bookings go with it. */
@Model
public record Festival(@Id long id, String name) {}
