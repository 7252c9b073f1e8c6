package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import org.junit.jupiter.api.Test;

/** What a MariaDB or MySQL server's settings let many-row inserts do, and how big their statements get. */
class MariaDbInsertsTest {
    private static final long MB = 1 << 20;

    /** A row of a number and a text of 255 characters. */
    private static final Sql WIDE = Sql.of(Dialect.MARIADB, "INSERT INTO {note} ({user_id}, {text}) VALUES (?, ?)",
            2 * Sql.VALUE_BYTES + Sql.TEXT_UNIT_BYTES * 255L);

    private static final String RETURNING = " RETURNING `id`";

    @Test
    void consecutiveAndTraditionalLockModesLetManyRowsReturnTheirKeys() {
        for (long lockMode : new long[] {0, 1}) {
            MariaDbInserts server = MariaDbInserts.of("10.11.19-MariaDB-0+deb12u1", lockMode, 1, 16 * MB);

            assertTrue(server.manyRows());
            assertTrue(server.consecutiveKeys(), "lock mode " + lockMode);
            assertEquals(Batch.SIZE, server.rowsPerStatement(WIDE, RETURNING, true, Batch.SIZE));
        }
    }

    @Test
    void underInterleavedKeysRowsWhoseKeysAreReadGoOnePerStatement() {
        MariaDbInserts server = MariaDbInserts.of("11.4.2-MariaDB", 2, 1, 16 * MB);

        assertFalse(server.consecutiveKeys());
        assertEquals(1, server.rowsPerStatement(WIDE, RETURNING, true, Batch.SIZE), "keys read: batches");
        assertEquals(Batch.SIZE, server.rowsPerStatement(WIDE, "", false, Batch.SIZE), "keys given: nothing to match");
    }

    @Test
    void anUnknownLockModeIsNotTakenForConsecutiveKeys() {
        MariaDbInserts server = MariaDbInserts.of("10.6.18-MariaDB", -1, 1, 16 * MB);

        assertEquals(1, server.rowsPerStatement(WIDE, RETURNING, true, Batch.SIZE));
    }

    @Test
    void mySqlKeepsBatchesWhateverItsSettings() {
        assertSame(MariaDbInserts.BATCHES, MariaDbInserts.of("8.0.36", 1, 1, 64 * MB));
        assertSame(MariaDbInserts.BATCHES, MariaDbInserts.of(null, 1, 1, 64 * MB));
        assertEquals(1, MariaDbInserts.BATCHES.rowsPerStatement(WIDE, "", false, Batch.SIZE));
    }

    @Test
    void theIncrementIsKeptForTheKeyCheck() {
        assertEquals(3, MariaDbInserts.of("10.11.19-MariaDB", 1, 3, 16 * MB).increment());
    }

    @Test
    void aStatementStaysWithinHalfTheMaximumPacket() {
        long packet = 256 * 1024;
        MariaDbInserts server = MariaDbInserts.of("10.11.19-MariaDB", 1, 1, packet);

        int rows = server.rowsPerStatement(WIDE, RETURNING, true, Batch.SIZE);

        long statement = WIDE.bytesAroundRows() + 3L * RETURNING.length() + rows * WIDE.bytesPerRow();
        assertTrue(rows > 1 && rows < Batch.SIZE, rows + " rows");
        assertTrue(statement <= packet / 2, statement + " bytes");
        assertTrue(statement + WIDE.bytesPerRow() > packet / 2 - Sql.VALUE_BYTES, "as many rows as fit");
    }

    @Test
    void aRowBoundCountsItsTextItsSeparatorAndItsValues() {
        assertEquals(3L * ("(?, ?)".length() + 2) + 2 * Sql.VALUE_BYTES + Sql.TEXT_UNIT_BYTES * 255L, WIDE.bytesPerRow());
        assertEquals(3L * "INSERT INTO `note` (`user_id`, `text`) VALUES ".length(), WIDE.bytesAroundRows());
    }

    @Test
    void aRowOfAValueWithoutABoundGoesOnePerStatement() {
        Sql unbounded = Sql.of(Dialect.MARIADB, "INSERT INTO {file} ({data}) VALUES (?)");
        MariaDbInserts server = MariaDbInserts.of("10.11.19-MariaDB", 1, 1, 16 * MB);

        assertEquals(-1, unbounded.bytesPerRow());
        assertEquals(1, server.rowsPerStatement(unbounded, "", false, Batch.SIZE));
    }

    @Test
    void aRowTooWideForTwoPerStatementGoesOnePerStatement() {
        MariaDbInserts server = MariaDbInserts.of("10.11.19-MariaDB", 1, 1, 4 * 1024);

        assertEquals(1, server.rowsPerStatement(WIDE, RETURNING, true, Batch.SIZE));
    }

    @Test
    void aLeadingKeyColumnAddsTheBoundOfANumber() {
        Sql withKey = WIDE.withLeadingColumn("`id`");

        assertEquals(WIDE.bytesPerRow() + Sql.VALUE_BYTES + 3L * "?, ".length(), withKey.bytesPerRow());
    }
}
