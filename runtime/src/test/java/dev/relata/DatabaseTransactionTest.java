package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseTransactionTest {
    private TestDatabase h2;
    private Database db;

    @BeforeEach
    void createSchema() {
        h2 = TestDatabase.create();
        h2.execute(Items.CREATE);
        db = h2.database();
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void inTransactionCommitsWhenTheWorkReturnsAndReturnsItsResult() {
        String result = db.inTransaction(() -> {
            Items.insert(db, 1);
            Items.insert(db, 2);
            return "done";
        });

        assertEquals("done", result);
        assertEquals(List.of(1L, 2L), h2.ids("item"));
    }

    @Test
    void writesStayInvisibleToOtherConnectionsUntilCommit() {
        long seenInside = db.inTransaction(() -> {
            Items.insert(db, 1);
            return h2.count("item");
        });

        assertEquals(0, seenInside);
        assertEquals(1, h2.count("item"));
    }

    @Test
    void inTransactionRollsBackWhenTheWorkThrows() {
        IllegalStateException failure = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
            Items.insert(db, 1);
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(0, h2.count("item"));
    }

    @Test
    void runInTransactionCommitsWhenTheWorkReturns() {
        db.runInTransaction(() -> Items.insert(db, 5));

        assertEquals(List.of(5L), h2.ids("item"));
    }

    @Test
    void runInTransactionRollsBackWhenTheWorkThrows() {
        assertThrows(IllegalArgumentException.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 5);
            throw new IllegalArgumentException();
        }));

        assertEquals(0, h2.count("item"));
    }

    @Test
    void anErrorRollsBackToo() {
        assertThrows(AssertionError.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 5);
            throw new AssertionError();
        }));

        assertEquals(0, h2.count("item"));
    }

    @Test
    void aCheckedExceptionThrownFromUndeclaringCodeRollsBack() {
        IOException failure = new IOException("disk full");

        Throwable thrown = assertThrows(Throwable.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 5);
            throw Items.sneakyThrow(failure);
        }));

        assertSame(failure, thrown);
        assertEquals(0, h2.count("item"));
        assertFalse(db.inTransaction());
    }

    @Test
    void withTransactionRollsBackAndWrapsAFailedStatement() {
        RelataException e = assertThrows(RelataException.class, () -> db.withTransaction(connection -> {
            Items.insert(connection, 1);
            return connection.createStatement().executeUpdate("UPDATE no_such_table SET x = 1");
        }));

        assertInstanceOf(SQLException.class, e.getCause());
        assertEquals(0, h2.count("item"));
    }

    @Test
    void inTransactionIsTrueOnlyWhileTheWorkRuns() {
        assertFalse(db.inTransaction());
        assertTrue(db.inTransaction(() -> db.inTransaction()));
        assertFalse(db.inTransaction());

        assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            throw new IllegalStateException();
        }));
        assertFalse(db.inTransaction());
    }

    @Test
    void aTransactionIsPerThread() throws InterruptedException {
        boolean[] otherThreadSawTransaction = {true};
        db.runInTransaction(() -> {
            Thread other = new Thread(() -> otherThreadSawTransaction[0] = db.inTransaction());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertFalse(otherThreadSawTransaction[0]);
    }

    @Test
    void theConnectionGoesBackInAutoCommitModeAfterCommitAndRollback() throws SQLException {
        try (Connection physical = h2.connection()) {
            DataSource pool = DataSources.poolOfOne(physical, true);
            Database pooled = Database.of(pool, Dialect.H2);

            pooled.runInTransaction(() -> Items.insert(pooled, 1));
            assertTrue(physical.getAutoCommit());

            assertThrows(IllegalStateException.class, () -> pooled.runInTransaction(() -> {
                Items.insert(pooled, 2);
                throw new IllegalStateException();
            }));
            assertTrue(physical.getAutoCommit());
        }
        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void aConnectionHandedOutWithoutAutoCommitIsCommittedAndLeftSo() throws SQLException {
        try (Connection physical = h2.connection()) {
            Database pooled = Database.of(DataSources.poolOfOne(physical, false), Dialect.H2);

            pooled.runInTransaction(() -> Items.insert(pooled, 1));

            assertFalse(physical.getAutoCommit());
        }
        assertEquals(List.of(1L), h2.ids("item"));
    }
}
