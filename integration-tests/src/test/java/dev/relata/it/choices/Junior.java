package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Less than, with a number. */
@Model
public record Junior(
        @Id long id,
        @OneToOneField(to = Candidate.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "score < 10") long candidate) {}
