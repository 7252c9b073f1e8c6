package dev.relata.internal;

import static dev.relata.internal.LinkTables.plan;
import static dev.relata.internal.LinkTables.oneToOne;
import static dev.relata.internal.LinkTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.TestDatabase;
import dev.relata.internal.DeletePlan.Link;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User <- Profile <- Page by CASCADE, Page <- Badge and User <- Wallet by PROTECT. */
class DeletePlanProtectTest {
    private static final Link PROFILE_USER =
            new Link("Profile", "user", "profile", "user_id", "user", OnDelete.CASCADE);
    private static final Link PAGE_PROFILE =
            new Link("Page", "profile", "page", "profile_id", "profile", OnDelete.CASCADE);
    private static final Link BADGE_PAGE =
            new Link("Badge", "page", "badge", "page_id", "page", OnDelete.PROTECT);
    private static final Link WALLET_USER =
            new Link("Wallet", "user", "wallet", "user_id", "user", OnDelete.PROTECT);
    private static final DeletePlan DELETE_USERS = plan(Dialect.H2, "user",
            List.of(PROFILE_USER, WALLET_USER, PAGE_PROFILE, BADGE_PAGE), "badge", "page", "profile", "wallet", "user");

    private TestDatabase h2;
    private Database db;

    @BeforeEach
    void createRows() {
        h2 = TestDatabase.create();
        h2.execute(
                table("user"),
                table("profile", oneToOne(PROFILE_USER)),
                table("page", oneToOne(PAGE_PROFILE)),
                table("badge", oneToOne(BADGE_PAGE)),
                table("wallet", oneToOne(WALLET_USER)),
                "INSERT INTO {user} ({id}) VALUES (1), (2), (3), (4)",
                "INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 1), (20, 2), (30, 3)",
                "INSERT INTO {page} ({id}, {profile_id}) VALUES (100, 10), (200, 20), (300, 30)",
                "INSERT INTO {badge} ({id}, {page_id}) VALUES (1000, 100), (2000, 200)",
                "INSERT INTO {wallet} ({id}, {user_id}) VALUES (5000, 4)");
        db = h2.database();
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void aProtectingRowTwoCascadesAwayRefusesTheDelete() {
        ProtectedException e = assertThrows(ProtectedException.class, () -> delete(1L));

        assertEquals("User", e.model());
        assertEquals(List.of(new Reference("Badge", "page", List.of(1000L))), e.references());
        assertTrue(e.getMessage().contains("'Badge.page'"), e.getMessage());
        assertNothingDeleted();
    }

    @Test
    void aDirectlyProtectingRowRefusesTheDelete() {
        ProtectedException e = assertThrows(ProtectedException.class, () -> delete(4L));

        assertEquals(List.of(new Reference("Wallet", "user", List.of(5000L))), e.references());
        assertNothingDeleted();
    }

    @Test
    void everyProtectingRelationAndRowIsReported() {
        ProtectedException e = assertThrows(ProtectedException.class, () -> delete(4L, 2L, 1L, 3L));

        assertEquals(Set.of(
                new Reference("Badge", "page", List.of(1000L, 2000L)),
                new Reference("Wallet", "user", List.of(5000L))), Set.copyOf(e.references()));
        assertEquals(2, e.references().size());
        assertNothingDeleted();
    }

    @Test
    void aProtectLinkWithoutLinkingRowsDoesNotStopTheCascade() {
        assertEquals(1, delete(3L));

        assertEquals(List.of(1L, 2L, 4L), h2.ids("user"));
        assertEquals(List.of(10L, 20L), h2.ids("profile"));
        assertEquals(List.of(100L, 200L), h2.ids("page"));
    }

    @Test
    void aRefusalRollsBackWhatTheTransactionDeletedBefore() {
        assertThrows(ProtectedException.class, () -> db.runInTransaction(() -> {
            delete(3L);
            delete(1L);
        }));

        assertNothingDeleted();
    }

    @Test
    void theDatabaseRefusesARawDeleteToo() {
        assertThrows(IllegalStateException.class, () -> h2.execute("DELETE FROM {user} WHERE {id} = 1"));

        assertNothingDeleted();
    }

    private int delete(Long... keys) {
        return db.withTransaction(connection -> DELETE_USERS.delete(connection, "User", List.of(keys)));
    }

    private void assertNothingDeleted() {
        assertEquals(List.of(1L, 2L, 3L, 4L), h2.ids("user"));
        assertEquals(List.of(10L, 20L, 30L), h2.ids("profile"));
        assertEquals(List.of(100L, 200L, 300L), h2.ids("page"));
        assertEquals(List.of(1000L, 2000L), h2.ids("badge"));
        assertEquals(List.of(5000L), h2.ids("wallet"));
    }
}
