package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Not null: Django's {@code ~Q(nickname=None)}, SQL's {@code IS NOT NULL}. */
@Model
public record Celebrity(
        @Id long id,
        @OneToOneField(to = Candidate.class, onDelete = OnDelete.CASCADE, limitChoicesTo = "nickname != null") long candidate) {}
