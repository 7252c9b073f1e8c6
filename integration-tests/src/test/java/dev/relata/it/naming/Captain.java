package dev.relata.it.naming;

import dev.relata.Column;
import dev.relata.Id;
import dev.relata.Model;
import dev.relata.OnDelete;
import dev.relata.OneToOneField;

/** Explicit column names: {@code led_team} for the link, {@code full_name} for a component. */
@Model
public record Captain(
        @Id long id,
        @OneToOneField(to = Team.class, onDelete = OnDelete.CASCADE, column = "led_team") long team,
        @Column(name = "full_name") String name) {}
