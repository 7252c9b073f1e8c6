package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Null: Django's {@code {'nickname': None}}, SQL's {@code IS NULL}. */
@Model
public record Stranger(
        @Id long id,
        @OneToOneField(to = Candidate.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "nickname = null") long candidate) {}
