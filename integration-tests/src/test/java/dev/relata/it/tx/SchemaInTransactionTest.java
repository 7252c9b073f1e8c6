package dev.relata.it.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import dev.relata.it.blog.User;
import dev.relata.it.blog.UserDao;
import dev.relata.it.keys.RelataSchema;
import dev.relata.it.keys.TokenDao;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code RelataSchema.create} inside a transaction. On H2, MariaDB and MySQL, whose DDL commits the
 * open transaction, it is refused before any statement runs, so that the transaction's writes still
 * go with its rollback; on PostgreSQL, whose DDL is transactional, it joins the transaction.
 */
class SchemaInTransactionTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);

    final Database db = Database.of(database.dataSource(), database.dialect());
    final UserDao users = new UserDao(db);

    final TransactionTemplate spring = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    final Database joining = Database.joining(new TransactionAwareDataSourceProxy(database.dataSource()),
            database.dialect());
    final UserDao usersInSpring = new UserDao(joining);

    @Test
    void insideRelatasTransaction() {
        if (database.dialect() == Dialect.POSTGRESQL) {
            // DDL is transactional: the schema joins the transaction, and goes with its rollback.
            assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
                users.insert(new User(0, "ada", true));
                RelataSchema.create(db);
                throw new IllegalStateException("changed my mind");
            }));

            assertEquals(0, database.countRows("user"));
            assertFalse(tokenTableExists(), "the tables were rolled back with the transaction");
        } else {
            RelataException refused = assertThrows(RelataException.class, () -> db.runInTransaction(() -> {
                users.insert(new User(0, "ada", true));
                RelataSchema.create(db);
            }));

            assertRefusal(refused);
            assertEquals(0, database.countRows("user"), "the write before it was rolled back with the transaction");
            assertFalse(tokenTableExists(), "no statement of the schema ran");
        }
    }

    @Test
    void insideSpringsTransaction() {
        if (database.dialect() == Dialect.POSTGRESQL) {
            spring.executeWithoutResult(status -> {
                usersInSpring.insert(new User(0, "ada", true));
                RelataSchema.create(joining);
                assertEquals(0, new TokenDao(joining).count(), "the tables are there inside the transaction");
                status.setRollbackOnly();
            });

            assertEquals(0, database.countRows("user"));
            assertFalse(tokenTableExists(), "the tables were rolled back with Spring's transaction");
        } else {
            RelataException refused = assertThrows(RelataException.class, () -> spring.executeWithoutResult(status -> {
                usersInSpring.insert(new User(0, "ada", true));
                RelataSchema.create(joining);
            }));

            assertRefusal(refused);
            assertEquals(0, database.countRows("user"), "Spring rolled its transaction back, the write before it included");
            assertFalse(tokenTableExists(), "no statement of the schema ran");
        }
    }

    @Test
    void outsideATransactionItRunsOnEveryDatabase() {
        RelataSchema.create(joining);

        assertTrue(tokenTableExists());
    }

    private static void assertRefusal(RelataException refused) {
        assertTrue(refused.getMessage().contains("DDL commits the open transaction"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Create the schema outside any transaction"), refused.getMessage());
    }

    private boolean tokenTableExists() {
        try {
            new TokenDao(db).count();
            return true;
        } catch (RelataException e) {
            return false;
        }
    }
}
