package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Less than or equal, and not equal with an enum constant's name. */
@Model
public record Rookie(
        @Id long id,
        @OneToOneField(to = Candidate.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "score <= 5 or status != 'ACTIVE'") long candidate) {}
