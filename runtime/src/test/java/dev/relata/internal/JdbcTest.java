package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.RelataException;
import dev.relata.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Values written with {@link Jdbc}'s setters read back equal with its getters, on each column type the DDL uses. */
class JdbcTest {
    enum Status { DRAFT, PUBLISHED }

    private static final UUID UUID_VALUE = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final Instant INSTANT = Instant.parse("2024-02-29T23:59:58.123456Z");

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void valuesRoundTrip(Dialect dialect) throws SQLException {
        try (TestDatabase h2 = open(dialect); Connection connection = h2.connection()) {
            write(connection, dialect, 1, UUID_VALUE, INSTANT, 'x', Status.PUBLISHED, 42, 1L << 40, true, 0.5);

            try (ResultSet rs = read(connection, dialect, 1)) {
                assertEquals(UUID_VALUE, Jdbc.getUuid(rs, 1, dialect));
                assertEquals(INSTANT, Jdbc.getInstant(rs, 2, dialect));
                assertEquals('x', Jdbc.getChar(rs, 3));
                assertEquals(Status.PUBLISHED, Jdbc.getEnum(rs, 4, Status.class));
                assertEquals(42, Jdbc.getIntOrNull(rs, 5));
                assertEquals(1L << 40, Jdbc.getLongOrNull(rs, 6));
                assertEquals(true, Jdbc.getBooleanOrNull(rs, 7));
                assertEquals(0.5, Jdbc.getDoubleOrNull(rs, 8));
            }
        }
    }

    @Test
    void daysAndMomentsAreStorableUpToEachDatabasesLastYearAndRefusedOneStepBeyond() {
        assertEquals(LocalDate.of(9999, 12, 31), Jdbc.storable(LocalDate.of(9999, 12, 31), Dialect.MARIADB, "R.day"));
        assertThrows(IntegrityException.class, () -> Jdbc.storable(LocalDate.of(10_000, 1, 1), Dialect.MARIADB, "R.day"));
        assertThrows(IntegrityException.class, () -> Jdbc.storable(LocalDate.of(0, 12, 31), Dialect.MARIADB, "R.day"));
        assertEquals(LocalDate.of(-4712, 1, 1), Jdbc.storable(LocalDate.of(-4712, 1, 1), Dialect.POSTGRESQL, "R.day"));
        assertThrows(IntegrityException.class, () -> Jdbc.storable(LocalDate.of(-4713, 12, 31), Dialect.POSTGRESQL, "R.day"));
        assertEquals(LocalDate.MAX, Jdbc.storable(LocalDate.MAX, Dialect.POSTGRESQL, "R.day"));
        assertEquals(LocalDate.MIN, Jdbc.storable(LocalDate.MIN, Dialect.H2, "R.day"));

        LocalDateTime lastMariaDb = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
        assertEquals(lastMariaDb, Jdbc.storable(lastMariaDb, Dialect.MARIADB, "R.at"));
        assertThrows(IntegrityException.class, () -> Jdbc.storable(lastMariaDb.plusNanos(1_000), Dialect.MARIADB, "R.at"));
        LocalDateTime lastPostgresql = LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000);
        assertEquals(lastPostgresql, Jdbc.storable(lastPostgresql, Dialect.POSTGRESQL, "R.at"));
        IntegrityException beyond = assertThrows(IntegrityException.class,
                () -> Jdbc.storable(lastPostgresql.plusNanos(1_000), Dialect.POSTGRESQL, "R.at"));
        assertTrue(beyond.getMessage().contains("'R.at'") && beyond.getMessage().contains("nothing was written"),
                beyond.getMessage());

        Instant lastMariaDbInstant = lastMariaDb.toInstant(ZoneOffset.UTC);
        assertEquals(lastMariaDbInstant, Jdbc.storable(lastMariaDbInstant, Dialect.MARIADB, "R.when"));
        assertThrows(IntegrityException.class, () -> Jdbc.storable(lastMariaDbInstant.plusNanos(1_000), Dialect.MARIADB, "R.when"));
        assertThrows(IntegrityException.class, () -> Jdbc.storable(Instant.MAX, Dialect.H2, "R.when"));
        assertNull(Jdbc.storable((Instant) null, Dialect.POSTGRESQL, "R.when"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void nullsRoundTrip(Dialect dialect) throws SQLException {
        try (TestDatabase h2 = open(dialect); Connection connection = h2.connection()) {
            write(connection, dialect, 2, null, null, null, null, null, null, null, null);

            try (ResultSet rs = read(connection, dialect, 2)) {
                assertNull(Jdbc.getUuid(rs, 1, dialect));
                assertNull(Jdbc.getInstant(rs, 2, dialect));
                assertNull(Jdbc.getChar(rs, 3));
                assertNull(Jdbc.getEnum(rs, 4, Status.class));
                assertNull(Jdbc.getIntOrNull(rs, 5));
                assertNull(Jdbc.getLongOrNull(rs, 6));
                assertNull(Jdbc.getBooleanOrNull(rs, 7));
                assertNull(Jdbc.getDoubleOrNull(rs, 8));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void zeroIsNotNull(Dialect dialect) throws SQLException {
        try (TestDatabase h2 = open(dialect); Connection connection = h2.connection()) {
            write(connection, dialect, 3, null, null, null, null, 0, 0L, false, 0.0);

            try (ResultSet rs = read(connection, dialect, 3)) {
                assertEquals(0, Jdbc.getIntOrNull(rs, 5));
                assertEquals(0L, Jdbc.getLongOrNull(rs, 6));
                assertEquals(false, Jdbc.getBooleanOrNull(rs, 7));
                assertEquals(0.0, Jdbc.getDoubleOrNull(rs, 8));
            }
        }
    }

    private static TestDatabase open(Dialect dialect) {
        TestDatabase h2 = dialect == Dialect.MARIADB ? TestDatabase.mariadb() : TestDatabase.create();
        String uuid = dialect == Dialect.MARIADB ? "CHAR(36)" : "UUID";
        String instant = dialect == Dialect.MARIADB ? "DATETIME(6)" : "TIMESTAMP(6) WITH TIME ZONE";
        h2.execute("CREATE TABLE {value_row} ({id} INT PRIMARY KEY, {u} " + uuid + ", {at} " + instant + ", {c} CHAR(1),"
                + " {e} VARCHAR(20), {i} INT, {l} BIGINT, {b} BOOLEAN, {d} DOUBLE)");
        return h2;
    }

    @Test
    void aStoredNameThatTheEnumLacksIsATypedErrorNamingColumnAndValue() throws SQLException {
        try (TestDatabase h2 = open(Dialect.H2); Connection connection = h2.connection()) {
            h2.execute("INSERT INTO {value_row} ({id}, {e}) VALUES (3, 'ARCHIVED')");

            try (ResultSet rs = read(connection, Dialect.H2, 3)) {
                RelataException e = assertThrows(RelataException.class, () -> Jdbc.getEnum(rs, 4, Status.class));
                assertEquals("Cannot read column VALUE_ROW.E: the stored value 'ARCHIVED' names no constant of "
                        + Status.class.getName() + ".", e.getMessage());
            }
        }
    }

    @Test
    void aMalformedUuidStoredAsTextIsATypedErrorNamingColumnAndValue() throws SQLException {
        try (TestDatabase mariaDb = open(Dialect.MARIADB); Connection connection = mariaDb.connection()) {
            mariaDb.execute("INSERT INTO {value_row} ({id}, {u}) VALUES (4, 'not-a-uuid')");

            try (ResultSet rs = read(connection, Dialect.MARIADB, 4)) {
                RelataException e = assertThrows(RelataException.class, () -> Jdbc.getUuid(rs, 1, Dialect.MARIADB));
                assertTrue(e.getMessage().matches("Cannot read column (value_row\\.)?u: the stored value 'not-a-uuid' is no UUID\\."),
                        e.getMessage());
            }
        }
    }

    private static void write(Connection connection, Dialect dialect, int id, UUID u, Instant at, Character c,
            Status e, Integer i, Long l, Boolean b, Double d) throws SQLException {
        String sql = Sql.of(dialect, "INSERT INTO {value_row} ({id}, {u}, {at}, {c}, {e}, {i}, {l}, {b}, {d})"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").text();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, id);
            Jdbc.setUuid(ps, 2, u, dialect);
            Jdbc.setInstant(ps, 3, at, dialect);
            Jdbc.setChar(ps, 4, c, dialect);
            Jdbc.setEnum(ps, 5, e);
            Jdbc.setIntOrNull(ps, 6, i);
            Jdbc.setLongOrNull(ps, 7, l);
            Jdbc.setBooleanOrNull(ps, 8, b);
            Jdbc.setDoubleOrNull(ps, 9, d);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static ResultSet read(Connection connection, Dialect dialect, int id) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(
                Sql.of(dialect, "SELECT {u}, {at}, {c}, {e}, {i}, {l}, {b}, {d} FROM {value_row} WHERE {id} = ?").text());
        ps.setInt(1, id);
        ResultSet rs = ps.executeQuery();
        assertTrue(rs.next());
        return rs;
    }
}
