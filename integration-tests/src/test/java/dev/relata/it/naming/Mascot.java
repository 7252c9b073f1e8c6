package dev.relata.it.naming;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** {@code relatedName = "+"}: no reverse accessor on the team's DAO; the forward one stays. */
@Model
public record Mascot(
        @Id long id,
        @OneToOneField(to = Team.class, onDelete = OnDelete.CASCADE, relatedName = "+") long team,
        String name) {}
