package dev.relata.internal;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.TransientException;
import java.sql.Statement;
import java.util.List;

/** Runs a package's DDL: what the generated {@code RelataSchema.create(Database)} calls. */
public final class Schemas {
    private Schemas() {}

    /**
     * Runs the statements in order. On PostgreSQL, where DDL is transactional, they run in one
     * transaction: all of them or none. Elsewhere each runs on its own, in auto-commit mode where the
     * data source hands connections out so: on H2, MariaDB and MySQL, which commit each DDL statement
     * anyway, and through ShardingSphere-JDBC, which reloads its metadata after each DDL statement
     * on another connection, where a table not yet committed does not exist. There, a failed
     * statement leaves the statements before it done: a partial schema, to drop or complete by hand.
     *
     * <p>Inside a transaction, on PostgreSQL, the statements join it, as any call does. H2, MariaDB
     * and MySQL commit the open transaction before a DDL statement, and with it whatever the
     * transaction wrote, which its rollback could then no longer undo: there, inside a transaction
     * (one that Relata has open, or under {@link Database#joining} one that a connection comes in
     * with auto-commit off), nothing runs and the call throws.
     *
     * @param db         where to create the schema
     * @param statements the DDL, in an order that runs
     * @throws RelataException when a statement fails, run one by one, naming the statement and how
     *                         many ran before it; or, on H2, MariaDB and MySQL, when called inside a
     *                         transaction
     */
    public static void create(Database db, List<String> statements) {
        if (db.dialect() != Dialect.POSTGRESQL && Engine.of(db).inOpenTransaction()) {
            throw new RelataException("Cannot create the schema inside a transaction: on "
                    + (db.dialect() == Dialect.H2 ? "H2" : "MariaDB and MySQL") + ", DDL commits the open transaction,"
                    + " and with it what the transaction wrote so far, which its rollback could then no longer undo."
                    + " Create the schema outside any transaction: before the transaction begins, or, under Spring, in a"
                    + " method with PROPAGATION_NOT_SUPPORTED. Nothing was run.");
        }
        if (db.dialect() == Dialect.POSTGRESQL && (db.inTransaction() || !db.withConnection(ShardingSphere::is))) {
            db.withTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements) {
                        statement.execute(sql);
                    }
                }
                return null;
            });
            return;
        }
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            try {
                db.withConnection(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.execute(sql);
                    }
                });
            } catch (RelataException e) {
                String message = "Creating the schema failed at statement " + (i + 1) + " of " + statements.size()
                        + " (" + sql + "): " + e.getMessage() + ". The statements run one by one on this database, each"
                        + " committed as it runs, so the " + i + " before it remain: drop what they created, or complete"
                        + " the schema by hand.";
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw e instanceof TransientException ? new TransientException(message, cause) : new RelataException(message, cause);
            }
        }
    }
}
