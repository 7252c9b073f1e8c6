package dev.relata.it.types;

import dev.relata.Id;
import dev.relata.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One component of every supported type. */
@Model
public record AllTypes(
        @Id long id,
        boolean flag,
        byte tiny,
        short small,
        int number,
        long big,
        float ratio,
        double measure,
        char letter,
        Boolean boxedFlag,
        Byte boxedTiny,
        Short boxedSmall,
        Integer boxedNumber,
        Long boxedBig,
        Float boxedRatio,
        Double boxedMeasure,
        Character boxedLetter,
        String text,
        BigDecimal amount,
        UUID token,
        LocalDate day,
        LocalDateTime moment,
        Instant instant,
        byte[] payload,
        Color color) {}
