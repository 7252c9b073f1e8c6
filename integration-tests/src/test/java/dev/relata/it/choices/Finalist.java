package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Without parentheses, {@code and} binds tighter than {@code or}, as in SQL. */
@Model
public record Finalist(
        @Id long id,
        @OneToOneField(to = Candidate.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "vip = true or score >= 10 and status = 'ACTIVE'") long candidate) {}
