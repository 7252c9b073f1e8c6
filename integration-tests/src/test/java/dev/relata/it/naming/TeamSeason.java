package dev.relata.it.naming;

import dev.relata.Id;
import dev.relata.Model;

/** A two-word model and component: table {@code team_season}, column {@code year_number}. */
@Model
public record TeamSeason(@Id long id, int yearNumber) {}
