package dev.relata.it.types;

import dev.relata.Default;
import dev.relata.Id;
import dev.relata.Model;

/**
 * String defaults with the characters SQL dialects read differently in a quoted literal: a
 * backslash (an escape on MariaDB, unless {@code NO_BACKSLASH_ESCAPES}), one at the end, a quote,
 * and text beyond ASCII.
 */
@Model
public record Template(
        @Id long id,
        @Default("C:\\new\\table") String path,
        @Default("ends\\") String tail,
        @Default("it's \\'quoted\\'") String quote,
        @Default("naïve € \\n") String unicode,
        String body) {}
