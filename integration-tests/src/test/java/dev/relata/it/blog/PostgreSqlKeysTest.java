package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Dialect;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What only PostgreSQL has: a key column whose default is a sequence of the user's own, not the
 * column's identity. insertAll cannot draw keys from the column's sequence there and falls back to
 * single-row inserts that read each key back. Runs in the live PostgreSQL run only (the pom leaves it
 * out of the H2 and MariaDB runs).
 */
class PostgreSqlKeysTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final UserDao users = new UserDao(database.db());

    @Test
    void insertAllFindsTheKeysOfAKeyColumnWithoutASequenceOfItsOwn() {
        assertEquals(Dialect.POSTGRESQL, database.dialect(), "this class runs in the PostgreSQL run only");
        database.execute("CREATE SEQUENCE {free_keys} START WITH 500");
        database.execute("ALTER TABLE {user} ALTER COLUMN {id} DROP IDENTITY IF EXISTS");
        database.execute("ALTER TABLE {user} ALTER COLUMN {id} SET DEFAULT nextval('free_keys')");
        List<User> given = IntStream.range(0, 7).mapToObj(i -> new User(0, "user" + i, true)).toList();

        List<User> stored = users.insertAll(given);

        assertEquals(stored, users.findAll());
        assertEquals(500L, stored.get(0).id());
    }
}
