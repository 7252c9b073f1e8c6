package dev.relata.internal;

import static dev.relata.internal.LinkTables.plan;
import static dev.relata.internal.LinkTables.oneToOne;
import static dev.relata.internal.LinkTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.TestDatabase;
import dev.relata.internal.DeletePlan.Link;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User <- Profile <- Page, every link CASCADE. */
class DeletePlanCascadeTest {
    private static final Link PROFILE_USER =
            new Link("Profile", "user", "profile", "user_id", "user", OnDelete.CASCADE);
    private static final Link PAGE_PROFILE =
            new Link("Page", "profile", "page", "profile_id", "profile", OnDelete.CASCADE);
    private static final DeletePlan DELETE_USERS =
            plan(Dialect.H2, "user", List.of(PROFILE_USER, PAGE_PROFILE), "page", "profile", "user");

    private TestDatabase h2;
    private Database db;

    @BeforeEach
    void createRows() {
        h2 = TestDatabase.create();
        h2.execute(
                table("user"),
                table("profile", oneToOne(PROFILE_USER)),
                table("page", oneToOne(PAGE_PROFILE)),
                "INSERT INTO {user} ({id}) VALUES (1), (2), (3)",
                "INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 1), (20, 2)",
                "INSERT INTO {page} ({id}, {profile_id}) VALUES (100, 10), (200, 20)");
        db = h2.database();
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void deletingAUserDeletesItsProfileAndItsPage() {
        assertEquals(1, delete(1L));

        assertEquals(List.of(2L, 3L), h2.ids("user"));
        assertEquals(List.of(20L), h2.ids("profile"));
        assertEquals(List.of(200L), h2.ids("page"));
    }

    @Test
    void deletingSeveralUsersReturnsHowManyUsersWereDeleted() {
        assertEquals(3, delete(1L, 2L, 3L));

        assertEquals(0, h2.count("user"));
        assertEquals(0, h2.count("profile"));
        assertEquals(0, h2.count("page"));
    }

    @Test
    void deletingAUserWithoutProfileDeletesOnlyTheUser() {
        assertEquals(1, delete(3L));

        assertEquals(List.of(1L, 2L), h2.ids("user"));
        assertEquals(List.of(10L, 20L), h2.ids("profile"));
    }

    @Test
    void deletingMissingKeysDeletesNothing() {
        assertEquals(0, delete(99L, 98L));
        assertEquals(0, delete());

        assertEquals(3, h2.count("user"));
        assertEquals(2, h2.count("page"));
    }

    @Test
    void onlyExistingKeysAreCounted() {
        assertEquals(1, delete(99L, 2L));

        assertEquals(List.of(1L, 3L), h2.ids("user"));
        assertEquals(List.of(100L), h2.ids("page"));
    }

    @Test
    void deletingFromTheMiddleOfTheChainCascadesDownOnly() {
        DeletePlan deleteProfiles = plan(Dialect.H2, "profile", List.of(PAGE_PROFILE), "page", "profile");

        int deleted = db.withTransaction(connection -> deleteProfiles.delete(connection, "Profile", List.of(10L)));

        assertEquals(1, deleted);
        assertEquals(List.of(1L, 2L, 3L), h2.ids("user"));
        assertEquals(List.of(200L), h2.ids("page"));
    }

    private int delete(Long... keys) {
        return db.withTransaction(connection -> DELETE_USERS.delete(connection, "User", List.of(keys)));
    }
}
