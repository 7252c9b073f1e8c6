package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Greater than and less than or equal, joined with {@code and}. */
@Model
public record Contender(
        @Id long id,
        @OneToOneField(to = Candidate.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "score > 5 and score <= 20") long candidate) {}
