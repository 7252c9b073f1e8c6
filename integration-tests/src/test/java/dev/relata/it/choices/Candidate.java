package dev.relata.it.choices;

import dev.relata.Id;
import dev.relata.Model;
import org.jspecify.annotations.Nullable;

/** The target of every link in this package; each link limits its choices with another condition. */
@Model
public record Candidate(@Id long id, String name, int score, boolean vip, Status status, @Nullable String nickname) {}
