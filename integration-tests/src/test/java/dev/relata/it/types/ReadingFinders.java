package dev.relata.it.types;

import dev.relata.Finders;
import dev.relata.Where;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Finders that compare with values cut the way the stored ones are. */
@Finders(Reading.class)
public interface ReadingFinders {
    @Where("moment = :moment")
    List<Reading> at(LocalDateTime moment);

    @Where("instant = :instant")
    List<Reading> atInstant(Instant instant);
}
