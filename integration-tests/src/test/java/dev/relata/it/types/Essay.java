package dev.relata.it.types;

import dev.relata.Column;
import dev.relata.Id;
import dev.relata.Model;
import org.jspecify.annotations.Nullable;

/**
 * Text longer than a {@code VARCHAR} holds on MariaDB (16,383 characters) and on PostgreSQL
 * (10,485,760): the dialect's text type, its length checked on every write as a VARCHAR's is.
 */
@Model
public record Essay(
        @Id long id,
        @Column(length = 20_000) String body,
        @Column(length = 20_000_000) @Nullable String appendix) {}
