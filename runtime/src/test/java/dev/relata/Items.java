package dev.relata;

import dev.relata.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A one-table schema for transaction tests: rows are written through the {@link Database} under test. */
final class Items {
    static final String CREATE = "CREATE TABLE {item} ({id} BIGINT PRIMARY KEY)";

    private Items() {}

    static void insert(Connection connection, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.of(Dialect.H2, "INSERT INTO {item} ({id}) VALUES (?)").text())) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Inserts through the database's current transaction, or in auto-commit mode without one. */
    static void insert(Database db, long id) {
        db.withConnection(connection -> {
            insert(connection, id);
            return null;
        });
    }

    /** Throws a checked exception from code that does not declare it, as Kotlin or Scala code may. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneakyThrow(Throwable checked) throws E {
        throw (E) checked;
    }
}
