package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call that fails inside a transaction through ShardingSphere-JDBC on PostgreSQL: ShardingSphere
 * then rolls the whole transaction back at commit, without an exception, whatever savepoint was
 * rolled back to. Relata marks the transaction lost, so that its end throws and commits nothing.
 * Here H2 stands for the database, behind a connection whose metadata has ShardingSphere's URL.
 */
class ShardingSphereTransactionTest {
    private TestDatabase h2;

    @BeforeEach
    void createSchema() {
        h2 = TestDatabase.create();
        h2.execute(Items.CREATE);
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void aFailedCallMakesTheEndOfTheTransactionThrowAndCommitNothing() {
        Database db = Database.of(reportingUrl("jdbc:shardingsphere:classpath:sharding.yaml"), Dialect.POSTGRESQL);

        RelataException failure = assertThrows(RelataException.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 1);
            assertThrows(IntegrityException.class, () -> Items.insert(db, 1));
            Items.insert(db, 2);
        }));

        assertTrue(failure.getMessage().contains("ShardingSphere-JDBC on PostgreSQL"), failure.getMessage());
        assertEquals(List.of(), h2.ids("item"));
    }

    @Test
    void aFailedCallCaughtByTheLastCallOfTheWorkStillMakesItsEndThrow() {
        Database db = Database.of(reportingUrl("jdbc:shardingsphere:classpath:sharding.yaml"), Dialect.POSTGRESQL);

        assertThrows(RelataException.class, () -> db.runInTransaction(() -> {
            Items.insert(db, 1);
            assertThrows(IntegrityException.class, () -> Items.insert(db, 1));
        }));

        assertEquals(List.of(), h2.ids("item"));
    }

    @Test
    void withoutShardingSphereAFailedCallIsRolledBackToItsSavepointAndTheRestCommits() {
        Database db = Database.of(reportingUrl("jdbc:postgresql://localhost/test"), Dialect.POSTGRESQL);

        db.runInTransaction(() -> {
            Items.insert(db, 1);
            assertThrows(IntegrityException.class, () -> Items.insert(db, 1));
            Items.insert(db, 2);
        });

        assertEquals(List.of(1L, 2L), h2.ids("item"));
    }

    /** H2's data source, whose connections' metadata report {@code url}. */
    private DataSource reportingUrl(String url) {
        DataSource target = h2.dataSource();
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return method.getName().equals("getConnection") ? connection((Connection) result, url) : result;
                });
    }

    private Connection connection(Connection target, String url) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return method.getName().equals("getMetaData") ? metaData((DatabaseMetaData) result, url) : result;
                });
    }

    private DatabaseMetaData metaData(DatabaseMetaData target, String url) {
        return (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DatabaseMetaData.class},
                (proxy, method, args) -> method.getName().equals("getURL") ? url : invoke(target, method, args));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
