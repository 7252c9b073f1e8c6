package dev.relata.internal;

import dev.relata.Dialect;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What a failed statement did to its transaction, by SQLState and vendor code, per dialect. */
final class Failures {
    /** H2's and MariaDB's vendor code for a deadlock victim (H2 {@code DEADLOCK_1}, MariaDB {@code ER_LOCK_DEADLOCK}). */
    private static final int H2_DEADLOCK = 40001;
    private static final int MARIADB_DEADLOCK = 1213;

    private Failures() {}

    /**
     * Whether a retry may cure the failure: a deadlock victim or a serialization failure
     * ({@code 40001}, {@code 40P01}, and the vendor codes of H2 and MariaDB).
     */
    static boolean isTransient(SQLException e, Dialect dialect) {
        for (SQLException each : chain(e)) {
            String state = each.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state)) {
                return true;
            }
            int code = each.getErrorCode();
            if (dialect == Dialect.MARIADB && code == MARIADB_DEADLOCK || dialect == Dialect.H2 && code == H2_DEADLOCK) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure took the whole transaction with it, whatever savepoints it had: the
     * connection is gone ({@code 08...}), or, on H2, MariaDB and MySQL, the database rolled the
     * transaction back (a deadlock victim, SQLState class {@code 40}). On PostgreSQL a deadlock or
     * serialization failure aborts only up to the latest savepoint, which rolling back to it cures.
     */
    static boolean endsTransaction(SQLException e, Dialect dialect) {
        for (SQLException each : chain(e)) {
            String state = each.getSQLState();
            if (state != null && state.startsWith("08")) {
                return true;
            }
        }
        if (dialect == Dialect.POSTGRESQL) {
            return false;
        }
        for (SQLException each : chain(e)) {
            String state = each.getSQLState();
            if (state != null && state.startsWith("40")) {
                return true;
            }
        }
        return isTransient(e, dialect);
    }

    /**
     * Whether any failed statement leaves the transaction unusable until it rolls back, or back
     * to a savepoint: PostgreSQL's "current transaction is aborted" ({@code 25P02}). H2 and
     * MariaDB undo just the failed statement.
     */
    static boolean failureAbortsTransaction(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL;
    }

    /** The exception, the exceptions chained to it, and their causes, each once. */
    private static List<SQLException> chain(SQLException e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<SQLException> all = new ArrayList<>();
        List<Throwable> pending = new ArrayList<>(List.of(e));
        while (!pending.isEmpty() && all.size() < 32) {
            Throwable next = pending.remove(pending.size() - 1);
            if (next == null || seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            if (next instanceof SQLException sql) {
                all.add(sql);
                pending.add(sql.getNextException());
            }
            pending.add(next.getCause());
        }
        return all;
    }
}
