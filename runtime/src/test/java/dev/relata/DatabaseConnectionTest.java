package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseConnectionTest {
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
    void outsideATransactionWorkRunsInAutoCommitMode() {
        boolean autoCommit = db.withConnection(connection -> {
            Items.insert(connection, 1);
            return connection.getAutoCommit();
        });

        assertTrue(autoCommit);
        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void outsideATransactionEachWriteIsCommittedAtOnce() {
        long visibleInside = db.withConnection(connection -> {
            Items.insert(connection, 1);
            return h2.count("item");
        });

        assertEquals(1, visibleInside);
    }

    @Test
    void outsideATransactionWorkAutoCommitsEvenOnAPoolThatHandsOutTransactionalConnections() {
        Database pooled = Database.of(DataSources.withAutoCommit(h2.dataSource(), false), Dialect.H2);

        pooled.withConnection(connection -> {
            Items.insert(connection, 1);
            return null;
        });

        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void aPooledConnectionIsReturnedInTheModeItWasHandedOutIn() throws SQLException {
        try (Connection physical = h2.connection()) {
            Database pooled = Database.of(DataSources.poolOfOne(physical, false), Dialect.H2);

            pooled.withConnection(connection -> {
                Items.insert(connection, 1);
                return null;
            });

            assertFalse(physical.getAutoCommit());
        }
        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void insideATransactionWorkJoinsItsConnection() {
        db.withTransaction(transaction -> {
            Connection joined = db.withConnection(connection -> connection);
            assertSame(transaction, joined);
            return null;
        });
    }

    @Test
    void insideATransactionWorkSeesAndSharesItsUncommittedWrites() {
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 1);
            long seen = db.withConnection(connection -> {
                try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM item")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(1, seen);
            throw new IllegalStateException();
        }));

        assertEquals(0, h2.count("item"), "the joined write was rolled back with the transaction");
    }

    @Test
    void aFailedStatementBecomesARelataExceptionThatIsNoIntegrityException() {
        RelataException e = assertThrows(RelataException.class,
                () -> db.withConnection(connection -> connection.createStatement().executeQuery("SELEC 1")));

        assertFalse(e instanceof IntegrityException, e.toString());
        assertInstanceOf(SQLException.class, e.getCause());
        assertEquals("42001", e.sqlState());
    }

    @Test
    void anUnreachableDatabaseIsARelataExceptionForReadsAndTransactions() {
        Database unreachable = Database.of(DataSources.unreachable(), Dialect.H2);

        RelataException read = assertThrows(RelataException.class, () -> unreachable.withConnection(connection -> 1));
        RelataException write = assertThrows(RelataException.class, () -> unreachable.runInTransaction(() -> { }));

        assertEquals("08001", read.sqlState());
        assertEquals("08001", write.sqlState());
        assertFalse(read instanceof IntegrityException, read.toString());
        assertFalse(write instanceof IntegrityException, write.toString());
    }
}
