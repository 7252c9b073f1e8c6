package dev.relata.internal;

import static dev.relata.internal.LinkTables.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.ProtectedException;
import dev.relata.TestDatabase;
import dev.relata.internal.DeletePlan.Link;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * User <- Profile (CASCADE) <- Pin (SET_DEFAULT), User <- Wallet (PROTECT); user 0 and its profile
 * 0 are the defaults. On H2 the foreign key sets the default; MariaDB has no ON DELETE SET DEFAULT,
 * so there the foreign key takes no action and the plan writes the default.
 */
class DeletePlanSetDefaultTest {
    private static final Link PROFILE_USER =
            new Link("Profile", "user", "profile", "user_id", "user", OnDelete.CASCADE);
    private static final Link PIN_PROFILE =
            new Link("Pin", "profile", "pin", "profile_id", "profile", OnDelete.SET_DEFAULT);
    private static final Link BOOKMARK_USER =
            new Link("Bookmark", "user", "bookmark", "user_id", "user", OnDelete.SET_DEFAULT);
    private static final Link WALLET_USER =
            new Link("Wallet", "user", "wallet", "user_id", "user", OnDelete.PROTECT);

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void aSetDefaultLinkToADeletedRowGetsTheColumnsDefault(Dialect dialect) {
        try (TestDatabase h2 = open(dialect)) {
            DeletePlan plan = plan(dialect, "user", List.of(PROFILE_USER, PIN_PROFILE, BOOKMARK_USER), "pin", "profile", "bookmark", "user");

            assertEquals(1, delete(h2, plan, 1L));

            assertEquals(List.of(0L, 2L), h2.ids("user"));
            assertEquals(List.of(0L), h2.column("bookmark", "user_id"));
            assertEquals(List.of(0L), h2.ids("profile"));
            assertEquals(List.of(0L), h2.column("pin", "profile_id"), "a pin of a cascaded profile got its default");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"H2", "MARIADB"})
    void aRefusedDeleteLeavesTheLinksAsTheyWere(Dialect dialect) {
        try (TestDatabase h2 = open(dialect)) {
            DeletePlan plan = plan(dialect, "user",
                    List.of(PROFILE_USER, PIN_PROFILE, BOOKMARK_USER, WALLET_USER), "pin", "profile", "bookmark", "wallet", "user");

            assertThrows(ProtectedException.class, () -> delete(h2, plan, 1L, 2L));

            assertEquals(List.of(0L, 1L, 2L), h2.ids("user"));
            assertEquals(List.of(1L), h2.column("bookmark", "user_id"));
            assertEquals(List.of(10L), h2.column("pin", "profile_id"));
        }
    }

    private static TestDatabase open(Dialect dialect) {
        TestDatabase h2 = dialect == Dialect.H2 ? TestDatabase.create() : TestDatabase.mariadb();
        String setDefault = dialect == Dialect.MARIADB ? "" : " ON DELETE SET DEFAULT";
        h2.execute(
                "CREATE TABLE {user} ({id} BIGINT PRIMARY KEY)",
                "CREATE TABLE {profile} ({id} BIGINT PRIMARY KEY,"
                        + " {user_id} BIGINT NOT NULL UNIQUE REFERENCES {user} ({id}) ON DELETE CASCADE)",
                "CREATE TABLE {pin} ({id} BIGINT PRIMARY KEY,"
                        + " {profile_id} BIGINT DEFAULT 0 NOT NULL UNIQUE REFERENCES {profile} ({id})" + setDefault + ")",
                "CREATE TABLE {bookmark} ({id} BIGINT PRIMARY KEY,"
                        + " {user_id} BIGINT DEFAULT 0 NOT NULL UNIQUE REFERENCES {user} ({id})" + setDefault + ")",
                "CREATE TABLE {wallet} ({id} BIGINT PRIMARY KEY,"
                        + " {user_id} BIGINT NOT NULL UNIQUE REFERENCES {user} ({id}) ON DELETE RESTRICT)",
                "INSERT INTO {user} ({id}) VALUES (0), (1), (2)",
                "INSERT INTO {profile} ({id}, {user_id}) VALUES (0, 0), (10, 1)",
                "INSERT INTO {pin} ({id}, {profile_id}) VALUES (30, 10)",
                "INSERT INTO {bookmark} ({id}, {user_id}) VALUES (40, 1)",
                "INSERT INTO {wallet} ({id}, {user_id}) VALUES (50, 2)");
        return h2;
    }

    private static int delete(TestDatabase h2, DeletePlan plan, Long... keys) {
        Database db = h2.database();
        return db.withTransaction(connection -> plan.delete(connection, "User", List.of(keys)));
    }
}
