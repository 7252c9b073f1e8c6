package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * A value either comes back as it was written, or is refused with an {@link IntegrityException}
 * before anything is written; never changed on the way, on any of the databases. Where a column
 * keeps less than Java does (timestamps to the microsecond), the value is cut the same way on every
 * database, and finders compare with it cut so too.
 */
class ValueFidelityTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    final ReadingDao readings = new ReadingDao(database.db());

    Reading roundTrip(Reading reading) {
        Reading stored = readings.insert(reading);
        Reading read = readings.findById(stored.id()).orElseThrow();
        readings.update(read);
        return readings.findById(stored.id()).orElseThrow();
    }

    void assertRefused(Executable write) {
        long before = readings.count();
        assertThrows(IntegrityException.class, write);
        assertEquals(before, readings.count(), "nothing was written");
    }

    @Test
    void floatsComeBackWithEveryDigit() {
        for (float value : new float[] {1234.567f, 16_777_216f, 0.1f, Float.MAX_VALUE, -Float.MIN_VALUE, 3.4e-38f}) {
            Reading read = roundTrip(Reading.of().withRatio(value));
            assertEquals(value, read.ratio(), "float " + value);
            assertEquals(value, read.boxedRatio(), "Float " + value);
        }
        for (double value : new double[] {0.1, 1234.5678901234567, Double.MAX_VALUE, Double.MIN_NORMAL}) {
            assertEquals(value, roundTrip(Reading.of().withMeasure(value)).measure(), "double " + value);
        }
    }

    @Test
    void aSpaceInACharColumnComesBackAsASpace() {
        Reading read = roundTrip(Reading.of().withLetter(' '));

        assertEquals(' ', read.letter());
        assertEquals(Character.valueOf(' '), read.boxedLetter());
        readings.insert(Reading.of());
        assertEquals(2, readings.findAll().size());
    }

    @Test
    void nulInTextOrACharIsRefusedOnEveryDatabase() {
        assertRefused(() -> readings.insert(Reading.of().withNote("a\u0000b")));
        assertRefused(() -> readings.insert(Reading.of().withLetter('\u0000')));
    }

    @Test
    void nanAndInfinitiesAreStoredOrRefusedBeforeAnythingIsWritten() {
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            if (database.dialect() == Dialect.MARIADB) {
                assertRefused(() -> readings.insert(Reading.of().withMeasure(value)));
                assertRefused(() -> readings.insert(Reading.of().withRatio((float) value)));
            } else {
                assertEquals(value, roundTrip(Reading.of().withMeasure(value)).measure());
                assertEquals((float) value, roundTrip(Reading.of().withRatio((float) value)).ratio());
            }
        }
        Reading stored = readings.insert(Reading.of());
        if (database.dialect() == Dialect.MARIADB) {
            assertThrows(IntegrityException.class, () -> readings.update(stored.withMeasure(Double.NaN)));
            assertEquals(0.0, readings.findById(stored.id()).orElseThrow().measure());
        }
    }

    @Test
    void aDecimalComesBackWithItsValueOrIsRefused() {
        List<BigDecimal> values = List.of(new BigDecimal("1E-30"), new BigDecimal("1E-31"),
                new BigDecimal("3.14159265358979323846264338327950288419716939937510"), new BigDecimal("1E+34"),
                new BigDecimal("1E+35"), new BigDecimal("-12345678901234567890123456789012345.5"),
                new BigDecimal("1.500000000000000000000000000000000"), new BigDecimal("0E-40"));
        for (BigDecimal value : values) {
            boolean fitsMariaDb = value.signum() == 0 || value.stripTrailingZeros().scale() <= 30
                    && value.stripTrailingZeros().precision() - value.stripTrailingZeros().scale() <= 35;
            if (database.dialect() == Dialect.MARIADB && !fitsMariaDb) {
                assertRefused(() -> readings.insert(Reading.of().withAmount(value)));
            } else {
                BigDecimal read = roundTrip(Reading.of().withAmount(value)).amount();
                assertEquals(0, value.compareTo(read), () -> value + " came back as " + read);
            }
        }
        if (database.dialect() == Dialect.MARIADB) {
            assertEquals(5, readings.count(), "1E-31, pi to 50 places and 36 digits before the point are refused");
        }
    }

    @Test
    void timestampsAreCutToTheMicrosecondTheSameWayEverywhere() {
        LocalDateTime lastNanosecond = LocalDateTime.of(2020, 12, 31, 23, 59, 59, 999_999_999);
        Instant instant = Instant.parse("2021-06-30T12:00:00.123456789Z");

        Reading read = roundTrip(Reading.of().withMoment(lastNanosecond, instant));

        assertEquals(LocalDateTime.of(2020, 12, 31, 23, 59, 59, 999_999_000), read.moment());
        assertEquals(Instant.parse("2021-06-30T12:00:00.123456Z"), read.instant());
        ReadingFinders finders = readings;
        assertEquals(List.of(read), finders.at(lastNanosecond));
        assertEquals(List.of(read), finders.atInstant(instant));
        assertTrue(finders.at(lastNanosecond.minusNanos(1000)).isEmpty());
    }

    /** The first and last day each database stores as it is, and the days just beyond them. */
    @Test
    void datesComeBackAsTheyWereWrittenOrAreRefusedBeyondTheDatabasesYears() {
        List<LocalDate> stored;
        List<LocalDate> refused;
        switch (database.dialect()) {
            case POSTGRESQL:
                stored = List.of(LocalDate.of(-4712, 1, 1), LocalDate.of(5_874_897, 12, 31), LocalDate.MIN, LocalDate.MAX);
                refused = List.of(LocalDate.of(-4713, 12, 31), LocalDate.of(5_874_898, 1, 1), LocalDate.MIN.plusDays(1));
                break;
            case MARIADB:
                stored = List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
                refused = List.of(LocalDate.of(0, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(10_000, 1, 1));
                break;
            default:
                stored = List.of(LocalDate.MIN, LocalDate.of(0, 1, 1), LocalDate.of(-4713, 12, 31), LocalDate.MAX);
                refused = List.of();
        }
        for (LocalDate day : stored) {
            assertEquals(day, roundTrip(Reading.of().withDay(day)).day(), "day " + day);
        }
        for (LocalDate day : refused) {
            assertRefused(() -> readings.insert(Reading.of().withDay(day)));
        }
        if (!refused.isEmpty()) {
            LocalDate beyond = refused.get(0);
            assertRefused(() -> readings.insertAll(List.of(Reading.of().withDay(stored.get(0)), Reading.of().withDay(beyond))));
            Reading read = readings.insert(Reading.of().withDay(stored.get(0)));
            assertThrows(IntegrityException.class, () -> readings.update(read.withDay(beyond)));
            assertEquals(stored.get(0), readings.findById(read.id()).orElseThrow().day(), "the row was left as it was");
        }
    }

    @Test
    void timestampsComeBackAsTheyWereWrittenOrAreRefusedBeyondTheDatabasesYears() {
        LocalDateTime first;
        LocalDateTime last;
        switch (database.dialect()) {
            case POSTGRESQL:
                first = LocalDateTime.of(-4712, 1, 1, 0, 0);
                last = LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000);
                break;
            case MARIADB:
                first = LocalDateTime.of(1, 1, 1, 0, 0);
                last = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
                break;
            default:
                first = LocalDateTime.MIN;
                last = LocalDateTime.MAX.truncatedTo(ChronoUnit.MICROS);
        }
        Reading bounds = roundTrip(Reading.of().withMoment(first, first.toInstant(ZoneOffset.UTC)));
        assertEquals(first, bounds.moment());
        assertEquals(first.toInstant(ZoneOffset.UTC), bounds.instant());
        bounds = roundTrip(Reading.of().withMoment(last, last.toInstant(ZoneOffset.UTC)));
        assertEquals(last, bounds.moment());
        assertEquals(last.toInstant(ZoneOffset.UTC), bounds.instant());
        assertEquals(List.of(bounds), readings.atInstant(last.toInstant(ZoneOffset.UTC)));

        if (database.dialect() == Dialect.POSTGRESQL) {
            // PostgreSQL's -infinity and infinity.
            assertEquals(LocalDateTime.MIN, roundTrip(Reading.of().withMoment(LocalDateTime.MIN, null)).moment());
            assertEquals(LocalDateTime.MAX, roundTrip(Reading.of().withMoment(LocalDateTime.MAX, null)).moment());
        }
        if (database.dialect() != Dialect.H2) {
            LocalDateTime before = first.minusNanos(1000);
            LocalDateTime after = last.plusNanos(1000);
            assertRefused(() -> readings.insert(Reading.of().withMoment(before, null)));
            assertRefused(() -> readings.insert(Reading.of().withMoment(after, null)));
            assertRefused(() -> readings.insert(Reading.of().withMoment(null, before.toInstant(ZoneOffset.UTC))));
            assertRefused(() -> readings.insert(Reading.of().withMoment(null, after.toInstant(ZoneOffset.UTC))));
        }
        for (Instant beyond : List.of(Instant.MIN, Instant.MAX)) {
            assertRefused(() -> readings.insert(Reading.of().withMoment(null, beyond)));
            RelataException e = assertThrows(RelataException.class, () -> readings.atInstant(beyond));
            assertEquals(RelataException.class, e.getClass(), "a finder's parameter is no integrity error");
        }
    }
}
