package dev.relata.it.types;

import dev.relata.Id;
import dev.relata.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A value of each type whose column a database could change it in, for {@link ValueFidelityTest}. */
@Model
public record Reading(
        @Id long id,
        float ratio,
        @Nullable Float boxedRatio,
        double measure,
        @Nullable Double boxedMeasure,
        char letter,
        @Nullable Character boxedLetter,
        @Nullable String note,
        @Nullable BigDecimal amount,
        @Nullable LocalDate day,
        @Nullable LocalDateTime moment,
        @Nullable Instant instant) {

    static Reading of() {
        return new Reading(0, 0f, null, 0, null, 'a', null, null, null, null, null, null);
    }

    Reading withRatio(float ratio) {
        return new Reading(id, ratio, ratio, measure, boxedMeasure, letter, boxedLetter, note, amount, day, moment, instant);
    }

    Reading withMeasure(double measure) {
        return new Reading(id, ratio, boxedRatio, measure, measure, letter, boxedLetter, note, amount, day, moment, instant);
    }

    Reading withLetter(char letter) {
        return new Reading(id, ratio, boxedRatio, measure, boxedMeasure, letter, letter, note, amount, day, moment, instant);
    }

    Reading withNote(String note) {
        return new Reading(id, ratio, boxedRatio, measure, boxedMeasure, letter, boxedLetter, note, amount, day, moment, instant);
    }

    Reading withAmount(BigDecimal amount) {
        return new Reading(id, ratio, boxedRatio, measure, boxedMeasure, letter, boxedLetter, note, amount, day, moment, instant);
    }

    Reading withDay(LocalDate day) {
        return new Reading(id, ratio, boxedRatio, measure, boxedMeasure, letter, boxedLetter, note, amount, day, moment, instant);
    }

    Reading withMoment(LocalDateTime moment, Instant instant) {
        return new Reading(id, ratio, boxedRatio, measure, boxedMeasure, letter, boxedLetter, note, amount, day, moment, instant);
    }
}
