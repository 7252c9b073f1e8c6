package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NestedTransactionTest {
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
    void aNestedTransactionRunsOnTheOuterConnection() {
        db.withTransaction(outer -> {
            Connection inner = db.withTransaction(connection -> connection);
            assertSame(outer, inner);
            return null;
        });
    }

    @Test
    void aFailingInnerTransactionRollsBackOnlyItsOwnWrites() {
        db.runInTransaction(() -> {
            Items.insert(db, 1);
            assertThrows(IllegalStateException.class, () -> db.withTransaction(connection -> {
                Items.insert(connection, 2);
                throw new IllegalStateException("inner fails");
            }));
            Items.insert(db, 3);
        });

        assertEquals(List.of(1L, 3L), h2.ids("item"));
    }

    @Test
    void aFailingInnerStatementRollsBackOnlyTheInnerTransaction() {
        db.runInTransaction(() -> {
            Items.insert(db, 1);
            assertThrows(IntegrityException.class, () -> db.withTransaction(connection -> {
                Items.insert(connection, 2);
                Items.insert(connection, 1);
                return null;
            }));
            Items.insert(db, 3);
        });

        assertEquals(List.of(1L, 3L), h2.ids("item"));
    }

    @Test
    void anInnerTransactionFailingWithAnUndeclaredCheckedExceptionRollsBackItsWrites() {
        db.runInTransaction(() -> {
            Items.insert(db, 1);
            assertThrows(IOException.class, () -> db.runInTransaction(() -> {
                Items.insert(db, 2);
                throw Items.sneakyThrow(new IOException());
            }));
        });

        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void aSucceedingInnerTransactionCommitsOnlyWithTheOuterOne() {
        long visibleAfterInner = db.inTransaction(() -> {
            db.runInTransaction(() -> Items.insert(db, 1));
            return h2.count("item");
        });

        assertEquals(0, visibleAfterInner);
        assertEquals(List.of(1L), h2.ids("item"));
    }

    @Test
    void aFailingOuterTransactionRollsBackTheInnerOnesThatSucceeded() {
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            db.runInTransaction(() -> Items.insert(db, 1));
            db.inTransaction(() -> {
                Items.insert(db, 2);
                return null;
            });
            throw new IllegalStateException("outer fails");
        }));

        assertEquals(0, h2.count("item"));
    }

    @Test
    void aFailingMiddleTransactionRollsBackTheInnermostOneItContains() {
        db.runInTransaction(() -> {
            Items.insert(db, 1);
            assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
                Items.insert(db, 2);
                db.runInTransaction(() -> Items.insert(db, 3));
                throw new IllegalStateException("middle fails");
            }));
            db.runInTransaction(() -> Items.insert(db, 4));
        });

        assertEquals(List.of(1L, 4L), h2.ids("item"));
    }

    @Test
    void aFailingInnerTransactionCanBeRetriedInTheSameOuterOne() {
        db.runInTransaction(() -> {
            assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
                Items.insert(db, 1);
                throw new IllegalStateException();
            }));
            db.runInTransaction(() -> Items.insert(db, 1));
        });

        assertEquals(List.of(1L), h2.ids("item"));
    }
}
