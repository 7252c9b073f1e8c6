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
     * Inside a transaction the statements join it, as any call does.
     *
     * @param db         where to create the schema
     * @param statements the DDL, in an order that runs
     * @throws RelataException when a statement fails; run one by one, naming the statement and how
     *                         many ran before it
     */
    public static void create(Database db, List<String> statements) {
        if (db.inTransaction() || db.dialect() == Dialect.POSTGRESQL && !db.withConnection(ShardingSphere::is)) {
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
