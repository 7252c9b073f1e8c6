package dev.relata.internal;

import static dev.relata.internal.LinkTables.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.ProtectedException;
import dev.relata.TestDatabase;
import dev.relata.internal.DeletePlan.Link;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cascades deeper than a database follows: InnoDB (MariaDB) stops after 15 nested cascades, so the
 * plan deletes such chains itself, the deepest rows first; on H2's MariaDB mode the plan takes the
 * same path as on MariaDB, and the rows it leaves must be exactly Django's.
 */
class DeletePlanDeepCascadeTest {
    /** Each version links to the one before it: deleting the first takes every later one. */
    private static final Link VERSION_PREVIOUS =
            new Link("Version", "previous", "version", "previous_id", "version", OnDelete.CASCADE);
    private static final Link FREEZE_VERSION =
            new Link("Freeze", "version", "freeze", "version_id", "version", OnDelete.PROTECT);
    private static final int CHAIN = 1000;

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void aChainOfAThousandCascadesIsDeletedWholeInOneTransaction(Dialect dialect) {
        try (TestDatabase db = open(dialect)) {
            DeletePlan plan = plan(dialect, "version", List.of(VERSION_PREVIOUS, FREEZE_VERSION), "freeze", "version");

            int deleted = db.database().withTransaction(connection -> plan.delete(connection, "Version", List.of(1L, 2L)));

            assertEquals(2, deleted, "both given rows existed and went");
            assertEquals(List.of(), db.ids("version"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void aProtectedRowAtTheEndOfTheChainRefusesTheWholeDelete(Dialect dialect) {
        try (TestDatabase db = open(dialect)) {
            db.execute("INSERT INTO {freeze} ({id}, {version_id}) VALUES (1, " + CHAIN + ")");
            DeletePlan plan = plan(dialect, "version", List.of(VERSION_PREVIOUS, FREEZE_VERSION), "freeze", "version");

            assertThrows(ProtectedException.class,
                    () -> db.database().withTransaction(connection -> plan.delete(connection, "Version", List.of(1L))));

            assertEquals(CHAIN, db.ids("version").size());
        }
    }

    private static TestDatabase open(Dialect dialect) {
        TestDatabase db = dialect == Dialect.H2 ? TestDatabase.create() : TestDatabase.mariadb();
        String rows = LongStream.rangeClosed(1, CHAIN)
                .mapToObj(id -> "(" + id + ", " + (id == 1 ? "NULL" : String.valueOf(id - 1)) + ")")
                .collect(Collectors.joining(", "));
        db.execute(
                "CREATE TABLE {version} ({id} BIGINT PRIMARY KEY,"
                        + " {previous_id} BIGINT NULL UNIQUE REFERENCES {version} ({id}) ON DELETE CASCADE)",
                "CREATE TABLE {freeze} ({id} BIGINT PRIMARY KEY,"
                        + " {version_id} BIGINT NOT NULL UNIQUE REFERENCES {version} ({id}) ON DELETE RESTRICT)",
                "INSERT INTO {version} ({id}, {previous_id}) VALUES " + rows);
        return db;
    }
}
