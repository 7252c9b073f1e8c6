package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.relata.internal.Constraints;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Deadlock victims and serialization failures become {@link TransientException}s, on every dialect. */
class TransientExceptionTest {

    private static RelataException translate(SQLException e, Dialect dialect) {
        return Constraints.NONE.translate(e, dialect);
    }

    @Test
    void serializationFailuresAndDeadlocksByTheirSqlState() {
        SQLException serialization = new SQLException("could not serialize access", "40001");
        RelataException e = translate(serialization, Dialect.POSTGRESQL);

        assertInstanceOf(TransientException.class, e);
        assertSame(serialization, e.getCause());
        assertEquals("40001", e.sqlState());
        assertEquals("40P01", translate(new SQLException("deadlock detected", "40P01"), Dialect.POSTGRESQL).sqlState());
        assertInstanceOf(TransientException.class, translate(new SQLException("deadlock detected", "40P01"), Dialect.POSTGRESQL));
    }

    @Test
    void mariadbAndH2DeadlocksByTheirVendorCodes() {
        assertInstanceOf(TransientException.class,
                translate(new SQLException("Deadlock found when trying to get lock", "HY000", 1213), Dialect.MARIADB));
        assertInstanceOf(TransientException.class,
                translate(new SQLException("Deadlock detected", "HY000", 40001), Dialect.H2));
    }

    @Test
    void aDeadlockInsideABatchFailure() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
        batch.setNextException(new SQLException("deadlock detected", "40P01"));

        assertInstanceOf(TransientException.class, translate(batch, Dialect.POSTGRESQL));
    }

    @Test
    void otherFailuresAreNotTransient() {
        assertFalse(translate(new SQLException("duplicate key", "23505"), Dialect.POSTGRESQL) instanceof TransientException);
        assertFalse(translate(new SQLException("syntax error", "42601"), Dialect.POSTGRESQL) instanceof TransientException);
        assertFalse(translate(new SQLException("lock wait timeout", "HY000", 1205), Dialect.MARIADB) instanceof TransientException);
    }
}
