package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.internal.Constraints;
import dev.relata.internal.Engine;
import dev.relata.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseTranslationTest {
    private static final Constraints PROFILE = Constraints.builder()
            .unique("profile", "uq_profile_user_id", "Profile", "user", "User")
            .foreignKey("profile", "fk_profile_user_id", "Profile", "user", "User", OnDelete.PROTECT)
            .build();

    private TestDatabase h2;
    private Database db;

    @BeforeEach
    void createSchema() {
        h2 = TestDatabase.create();
        h2.execute(
                "CREATE TABLE {user} ({id} BIGINT PRIMARY KEY)",
                "CREATE TABLE {profile} ({id} BIGINT PRIMARY KEY, {user_id} BIGINT NOT NULL,"
                        + " CONSTRAINT {uq_profile_user_id} UNIQUE ({user_id}),"
                        + " CONSTRAINT {fk_profile_user_id} FOREIGN KEY ({user_id}) REFERENCES {user} ({id})"
                        + " ON DELETE RESTRICT)",
                "INSERT INTO {user} ({id}) VALUES (1), (2)",
                "INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 1)");
        db = h2.database();
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void withTransactionTranslatesAOneToOneConflictAndWritesNothing() {
        OneToOneConflictException e = assertThrows(OneToOneConflictException.class,
                () -> Engine.of(db).withTransaction(PROFILE, connection -> {
                    insertProfile(connection, 20, 2);
                    insertProfile(connection, 30, 1);
                    return null;
                }));

        assertEquals("Profile", e.model());
        assertEquals("user", e.relation());
        assertEquals(List.of(10L), h2.ids("profile"));
    }

    @Test
    void withTransactionTranslatesAProtectedDelete() {
        ProtectedException e = assertThrows(ProtectedException.class,
                () -> Engine.of(db).withTransaction(PROFILE, connection -> deleteUser(connection, 1)));

        assertEquals("User", e.model());
        assertEquals(List.of(1L, 2L), h2.ids("user"));
    }

    @Test
    void readTranslatesOutsideATransaction() {
        assertThrows(OneToOneConflictException.class, () -> Engine.of(db).read(PROFILE, connection -> {
            insertProfile(connection, 30, 1);
            return null;
        }));
    }

    @Test
    void readTranslatesInsideATransaction() {
        db.runInTransaction(() -> assertThrows(ProtectedException.class,
                () -> Engine.of(db).read(PROFILE, connection -> deleteUser(connection, 1))));

        assertEquals(List.of(1L, 2L), h2.ids("user"));
    }

    @Test
    void aTranslatedInnerFailureLeavesTheOuterTransactionFreeToCommit() {
        db.runInTransaction(() -> {
            Engine.of(db).withTransaction(PROFILE, connection -> insertProfile(connection, 20, 2));
            assertThrows(OneToOneConflictException.class,
                    () -> Engine.of(db).withTransaction(PROFILE, connection -> insertProfile(connection, 30, 1)));
        });

        assertEquals(List.of(10L, 20L), h2.ids("profile"));
    }

    @Test
    void withoutTheCatalogueAViolationIsAPlainIntegrityException() {
        IntegrityException e = assertThrows(IntegrityException.class,
                () -> db.withTransaction(connection -> insertProfile(connection, 30, 1)));

        assertEquals(IntegrityException.class, e.getClass());
        assertInstanceOf(SQLException.class, e.getCause());
        assertEquals("23505", e.sqlState());
    }

    private static int insertProfile(Connection connection, long id, long user) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                Sql.of(Dialect.H2, "INSERT INTO {profile} ({id}, {user_id}) VALUES (?, ?)").text())) {
            ps.setLong(1, id);
            ps.setLong(2, user);
            return ps.executeUpdate();
        }
    }

    private static int deleteUser(Connection connection, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.of(Dialect.H2, "DELETE FROM {user} WHERE {id} = ?").text())) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }
}
