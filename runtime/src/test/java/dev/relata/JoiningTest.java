package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Database#joining}: a connection that comes with auto-commit off belongs to someone else's
 * transaction, which Relata joins and never ends.
 */
class JoiningTest {
    private TestDatabase h2;

    @BeforeEach
    void createSchema() {
        h2 = TestDatabase.create();
        h2.execute(Items.CREATE);
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void anOuterTransactionIsNeverCommittedRolledBackOrSwitchedToAutoCommit() throws SQLException {
        List<String> calls = new ArrayList<>();
        try (Connection outer = h2.connection()) {
            DataSource inOuterTransaction = DataSources.recording(DataSources.poolOfOne(outer, false), calls, Set.of());
            Database db = Database.joining(inOuterTransaction, Dialect.H2);

            db.withTransaction(connection -> {
                Items.insert(connection, 1);
                return null;
            });
            assertThrows(IntegrityException.class, () -> db.withTransaction(connection -> {
                Items.insert(connection, 2);
                Items.insert(connection, 1);
                return null;
            }));
            assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
                Items.insert(db, 3);
                throw new IllegalStateException("changed my mind");
            }));
            db.runInTransaction(() -> Items.insert(db, 4));
            assertEquals(2L, (long) db.withConnection(connection -> {
                try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM item")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));

            assertFalse(calls.contains("commit"), calls.toString());
            assertFalse(calls.contains("setAutoCommit(true)") || calls.contains("setAutoCommit(false)"), calls.toString());
            assertEquals(List.of(), h2.ids("item"), "nothing is committed while the outer transaction is open");
            // The refused call and the failed scope were undone to their savepoints; the rest is the owner's to end.
            outer.commit();
        }
        assertEquals(List.of(1L, 4L), h2.ids("item"));
        assertTrue(calls.stream().noneMatch(c -> c.equals("rollback")), "no rollback of the whole transaction: " + calls);
    }

    /**
     * A connection that cannot tell its auto-commit mode may hold the owner's transaction: Relata's
     * call fails and gives it back, and never aborts it, which would end that transaction.
     */
    @Test
    void aConnectionThatCannotTellItsAutoCommitModeIsGivenBackNotAborted() throws SQLException {
        List<String> calls = new ArrayList<>();
        try (Connection outer = h2.connection()) {
            Database db = Database.joining(
                    DataSources.recording(DataSources.poolOfOne(outer, false), calls, Set.of("getAutoCommit")), Dialect.H2);

            assertThrows(RelataException.class, () -> db.withTransaction(connection -> {
                Items.insert(connection, 1);
                return null;
            }));
            assertThrows(RelataException.class, () -> db.withConnection(connection -> null));

            assertFalse(calls.contains("abort"), calls.toString());
            assertTrue(calls.contains("close"), calls.toString());
            // The owner's transaction goes on, and is the owner's to end.
            Items.insert(outer, 2);
            outer.commit();
        }
        assertEquals(List.of(2L), h2.ids("item"));
    }

    /**
     * A connection in auto-commit mode that refuses to leave it (a driver's own XA handle inside its
     * global transaction does) has nothing of Relata's on it: the write fails, and the connection is
     * given back, never aborted, which would end whatever its owner has open on it.
     */
    @Test
    void aConnectionThatRefusesToLeaveAutoCommitIsGivenBackNotAborted() throws SQLException {
        List<String> calls = new ArrayList<>();
        try (Connection outer = h2.connection()) {
            Database db = Database.joining(
                    DataSources.recording(DataSources.poolOfOne(outer, true), calls, Set.of("setAutoCommit(false)")),
                    Dialect.H2);

            assertThrows(RelataException.class, () -> db.withTransaction(connection -> {
                Items.insert(connection, 1);
                return null;
            }));

            assertFalse(calls.contains("abort"), calls.toString());
            assertTrue(calls.contains("close"), calls.toString());
            assertFalse(outer.isClosed(), "the owner's connection is still open");
            Items.insert(outer, 2);
        }
        assertEquals(List.of(2L), h2.ids("item"));
    }

    @Test
    void theOwnerCanRollBackEverythingRelataWrote() throws SQLException {
        try (Connection outer = h2.connection()) {
            Database db = Database.joining(DataSources.poolOfOne(outer, false), Dialect.H2);
            db.runInTransaction(() -> Items.insert(db, 1));
            db.withTransaction(connection -> {
                Items.insert(connection, 2);
                return null;
            });
            outer.rollback();
        }
        assertEquals(List.of(), h2.ids("item"));
    }

    @Test
    void inAutoCommitModeAWriteGetsATransactionOfItsOwn() {
        Database db = Database.joining(h2.dataSource(), Dialect.H2);

        assertThrows(IntegrityException.class, () -> db.withTransaction(connection -> {
            Items.insert(connection, 1);
            Items.insert(connection, 1);
            return null;
        }));
        db.withTransaction(connection -> {
            Items.insert(connection, 2);
            return null;
        });

        assertEquals(List.of(2L), h2.ids("item"), "the failed write left nothing; the other is committed");
    }

    @Test
    void aTransactionWhoseDriverRefusesSavepointsAsUnsupportedIsJoinedWithoutThem() throws SQLException {
        assertJoinedWithoutSavepoints(() -> new SQLFeatureNotSupportedException("Savepoints are not supported"));
    }

    @Test
    void aGlobalTransactionWhoseDriverRefusesSavepointsIsJoinedWithoutThem() throws SQLException {
        // pgjdbc's XA connection, while its global transaction is active.
        assertJoinedWithoutSavepoints(() -> new SQLException("Transaction control methods setAutoCommit, commit,"
                + " rollback and setSavepoint are not allowed while an XA transaction is active.", "55000"));
    }

    /**
     * A data source without savepoints still works (README): calls run in the owner's transaction,
     * and a failed one leaves the rest of Relata's scope throwing, for the owner to roll back.
     */
    private void assertJoinedWithoutSavepoints(Supplier<SQLException> refusal) throws SQLException {
        try (Connection outer = h2.connection()) {
            Database db = Database.joining(DataSources.refusingSavepoints(DataSources.poolOfOne(outer, false), refusal),
                    Dialect.H2);

            db.withTransaction(connection -> {
                Items.insert(connection, 1);
                return null;
            });
            db.runInTransaction(() -> {
                Items.insert(db, 2);
                db.withTransaction(connection -> {
                    Items.insert(connection, 3);
                    return null;
                });
            });
            assertEquals(3L, (long) db.withConnection(connection -> {
                try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM item")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
            outer.commit();
            assertEquals(List.of(1L, 2L, 3L), h2.ids("item"));

            assertThrows(RelataException.class, () -> db.runInTransaction(() -> {
                Items.insert(db, 4);
                assertThrows(IntegrityException.class, () -> db.withTransaction(connection -> {
                    Items.insert(connection, 1);
                    return null;
                }));
                Items.insert(db, 5);
            }), "without a savepoint, the failed call leaves the transaction to its owner to roll back");
            outer.rollback();
        }
        assertEquals(List.of(1L, 2L, 3L), h2.ids("item"));
    }

    @Test
    void joiningDetectsTheDialect() {
        assertEquals(Dialect.H2, Database.joining(h2.dataSource()).dialect());
        assertEquals(Dialect.MARIADB, Database.joining(DataSources.product("MariaDB")).dialect());
    }
}
