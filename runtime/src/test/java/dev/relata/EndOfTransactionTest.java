package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How Relata's own transactions end when something fails at the end, or when the database has
 * rolled them back: committed with no exception, or nothing committed and an exception.
 */
class EndOfTransactionTest {
    private TestDatabase h2;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void createSchema() {
        h2 = TestDatabase.create();
        h2.execute(Items.CREATE);
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    private Database failing(String... methods) {
        return Database.of(DataSources.recording(h2.dataSource(), calls, Set.of(methods)), Dialect.H2);
    }

    @Test
    void aFailedRollbackDiscardsTheConnectionInsteadOfSwitchingAutoCommitBackOn() {
        Database db = failing("rollback");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 1);
            throw new IllegalStateException("changed my mind");
        }));

        assertEquals("Injected: rollback failed", thrown.getSuppressed()[0].getMessage());
        assertFalse(calls.contains("setAutoCommit(true)"), calls.toString());
        assertTrue(calls.contains("abort"), calls.toString());
        assertEquals(List.of(), h2.ids("item"), "nothing of the transaction was committed");
    }

    @Test
    void aFailedCommitIsReportedAndNothingIsCommitted() {
        Database db = failing("commit");

        RelataException thrown = assertThrows(RelataException.class, () -> db.runInTransaction(() -> Items.insert(db, 1)));

        assertEquals("08006", thrown.sqlState());
        assertEquals(List.of(), h2.ids("item"));
    }

    @Test
    void committedWorkIsReportedAsDoneWhenGivingTheConnectionBackFails() {
        Database db = failing("close");

        assertEquals("done", db.inTransaction(() -> {
            Items.insert(db, 1);
            return "done";
        }));

        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void committedWorkIsReportedAsDoneWhenAutoCommitCannotBeSwitchedBackOn() {
        Database db = failing("setAutoCommit(true)");

        db.runInTransaction(() -> Items.insert(db, 1));

        assertTrue(calls.contains("abort"), "the connection, whose auto-commit is unknown, is discarded: " + calls);
        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void whenTheDatabaseRolledTheTransactionBackEveryLaterCallAndItsEndThrow() {
        Database db = Database.of(h2.dataSource(), Dialect.H2);
        SQLException deadlock = new SQLException("Deadlock detected. The current transaction was rolled back.", "40001", 40001);

        TransientException atTheEnd = assertThrows(TransientException.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 1);
            TransientException victim = assertThrows(TransientException.class,
                    () -> db.withConnection(connection -> {
                        throw deadlock;
                    }));
            assertSame(deadlock, victim.getCause());
            assertEquals("40001", victim.sqlState());
            assertThrows(TransientException.class, () -> Items.insert(db, 2), "a later call in the lost transaction");
        }));

        assertEquals("40001", atTheEnd.sqlState());
        assertInstanceOf(TransientException.class, atTheEnd.getCause());
        assertEquals(List.of(), h2.ids("item"), "nothing of the transaction is committed");
        assertFalse(db.inTransaction());
    }

    @Test
    void aLostTransactionThrowsAtItsEndEvenWhenTheWorkCaughtEverything() {
        Database db = Database.of(h2.dataSource(), Dialect.H2);

        assertThrows(TransientException.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 1);
            try {
                db.withConnection(connection -> {
                    throw new SQLException("deadlock", "40001");
                });
            } catch (TransientException caught) {
                // the application goes on, as a careless one would
            }
        }));

        assertEquals(List.of(), h2.ids("item"));
    }
}
