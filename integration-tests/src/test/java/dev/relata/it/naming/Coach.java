package dev.relata.it.naming;

import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** {@code relatedName = "headCoach"}: the reverse accessor is {@code teamDao.headCoach(team)}. */
@Model
public record Coach(
        @Id long id,
        @OneToOneField(to = Team.class, onDelete = OnDelete.CASCADE, relatedName = "headCoach") long team,
        String name) {}
