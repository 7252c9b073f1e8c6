package dev.relata.internal;

import static dev.relata.internal.LinkTables.plan;
import static dev.relata.internal.ConstraintFixtures.assertExactly;
import static dev.relata.internal.LinkTables.oneToOne;
import static dev.relata.internal.LinkTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OnDelete;
import dev.relata.TestDatabase;
import dev.relata.internal.DeletePlan.Link;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User <- Profile (SET_NULL), User <- Note (DO_NOTHING), User <- Wallet (PROTECT). Each case runs
 * with and without the PROTECT link in the plan, that is with the database doing the whole delete
 * and with the plan collecting rows first.
 */
class DeletePlanSetNullAndDoNothingTest {
    private static final Link PROFILE_USER =
            new Link("Profile", "user", "profile", "user_id", "user", OnDelete.SET_NULL);
    private static final Link NOTE_USER =
            new Link("Note", "user", "note", "user_id", "user", OnDelete.DO_NOTHING);
    private static final Link WALLET_USER =
            new Link("Wallet", "user", "wallet", "user_id", "user", OnDelete.PROTECT);
    private static final Constraints NOTE_CONSTRAINTS = Constraints.builder()
            .foreignKey("note", "fk_note_user_id", "Note", "user", "User", OnDelete.DO_NOTHING)
            .build();

    private TestDatabase h2;
    private Database db;

    static Stream<DeletePlan> plans() {
        return Stream.of(
                plan(Dialect.H2, "user", List.of(PROFILE_USER, NOTE_USER), "profile", "note", "user"),
                plan(Dialect.H2, "user", List.of(PROFILE_USER, NOTE_USER, WALLET_USER), "profile", "note", "wallet", "user"));
    }

    @BeforeEach
    void createRows() {
        h2 = TestDatabase.create();
        h2.execute(
                table("user"),
                table("profile", oneToOne(PROFILE_USER)),
                "CREATE TABLE {note} ({id} BIGINT PRIMARY KEY, {user_id} BIGINT NOT NULL UNIQUE,"
                        + " CONSTRAINT {fk_note_user_id} FOREIGN KEY ({user_id}) REFERENCES {user} ({id}))",
                table("wallet", oneToOne(WALLET_USER)),
                "INSERT INTO {user} ({id}) VALUES (1), (2), (3)",
                "INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 1), (30, 3)",
                "INSERT INTO {note} ({id}, {user_id}) VALUES (20, 2)");
        db = h2.database();
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void setNullKeepsTheLinkingRowAndClearsItsLink(DeletePlan plan) {
        assertEquals(1, delete(plan, 1L));

        assertEquals(List.of(2L, 3L), h2.ids("user"));
        assertEquals(List.of(10L, 30L), h2.ids("profile"));
        assertEquals(Arrays.asList(null, 3L), h2.column("profile", "user_id"));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void doNothingLeavesTheRefusalToTheForeignKey(DeletePlan plan) {
        IntegrityException e = assertThrows(IntegrityException.class, () -> Engine.of(db).withTransaction(NOTE_CONSTRAINTS,
                connection -> plan.delete(connection, "User", List.of(3L, 2L))));

        assertExactly(IntegrityException.class, e);
        assertTrue(e.getMessage().contains("Note.user"), e.getMessage());
        assertEquals(List.of(1L, 2L, 3L), h2.ids("user"));
        assertEquals(Arrays.asList(1L, 3L), h2.column("profile", "user_id"), "nothing was set to null either");
    }

    @ParameterizedTest
    @MethodSource("plans")
    void doNothingWithoutALinkingRowDeletes(DeletePlan plan) {
        assertEquals(1, delete(plan, 3L));

        assertEquals(List.of(20L), h2.ids("note"));
    }

    @Test
    void aSetNullLinkIsNotFollowedFurther() {
        Link pageProfile = new Link("Page", "profile", "page", "profile_id", "profile", OnDelete.PROTECT);
        h2.execute(table("page", oneToOne(pageProfile)),
                "INSERT INTO {page} ({id}, {profile_id}) VALUES (100, 10)");
        DeletePlan plan = plan(Dialect.H2, "user", List.of(PROFILE_USER, pageProfile), "page", "profile", "user");

        assertEquals(1, delete(plan, 1L));

        assertEquals(List.of(100L), h2.ids("page"));
        assertEquals(List.of(10L, 30L), h2.ids("profile"));
    }

    private int delete(DeletePlan plan, Long... keys) {
        return db.withTransaction(connection -> plan.delete(connection, "User", List.of(keys)));
    }
}
