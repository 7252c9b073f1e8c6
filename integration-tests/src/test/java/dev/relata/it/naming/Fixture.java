package dev.relata.it.naming;

import dev.relata.Id;
import dev.relata.Model;

/** {@code @Model(table = "match_fixtures")}: a table name chosen by the user. */
@Model(table = "match_fixtures")
public record Fixture(@Id long id, String opponent) {}
