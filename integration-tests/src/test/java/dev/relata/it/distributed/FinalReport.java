package dev.relata.it.distributed;

import dev.relata.Model;
import dev.relata.Parent;

/** A child of Report: distributed by its parent link, {@code report_ptr_id}. */
@Model
public record FinalReport(@Parent Report report, boolean approved) {}
