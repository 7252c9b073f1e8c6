package dev.relata.it.types;

import dev.relata.Column;
import dev.relata.Id;
import dev.relata.Model;

/** String lengths: {@code VARCHAR(255)} by default, as the seed's {@code CharField(max_length=255)}. */
@Model
public record Memo(@Id long id, String title, @Column(length = 2000) String body) {}
