package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** An enum constant's name, a boolean, {@code or} and parentheses. */
@Model
public record Delegate(
        @Id long id,
        @OneToOneField(to = Candidate.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "status = 'ACTIVE' and (score >= 10 or vip = true)") long candidate) {}
