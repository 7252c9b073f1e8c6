package dev.relata.internal;

import static dev.relata.internal.ConstraintFixtures.CATALOGUE;
import static dev.relata.internal.ConstraintFixtures.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.RelataException;
import dev.relata.RestrictedException;
import dev.relata.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Translation of the errors H2 really raises for the constraints the generated DDL declares. */
class ConstraintsH2Test {
    private TestDatabase h2;

    @BeforeEach
    void createSchema() {
        h2 = TestDatabase.create();
        h2.execute(
                "CREATE TABLE {user} ({id} BIGINT PRIMARY KEY, {name} VARCHAR(255) NOT NULL)",
                linkTable("profile", "ON DELETE CASCADE"),
                linkTable("wallet", "ON DELETE RESTRICT"),
                linkTable("badge", "ON DELETE RESTRICT"),
                linkTable("note", ""),
                "INSERT INTO {user} ({id}, {name}) VALUES (1, 'ada'), (2, 'grace'), (3, 'linus'), (4, 'alan')",
                "INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 1)",
                "INSERT INTO {wallet} ({id}, {user_id}) VALUES (20, 2)",
                "INSERT INTO {badge} ({id}, {user_id}) VALUES (30, 3)",
                "INSERT INTO {note} ({id}, {user_id}) VALUES (40, 4)");
    }

    private static String linkTable(String table, String onDelete) {
        return "CREATE TABLE {" + table + "} ({id} BIGINT PRIMARY KEY, {user_id} BIGINT NOT NULL,"
                + " CONSTRAINT {uq_" + table + "_user_id} UNIQUE ({user_id}),"
                + " CONSTRAINT {fk_" + table + "_user_id} FOREIGN KEY ({user_id}) REFERENCES {user} ({id}) "
                + onDelete + ")";
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void aSecondLinkToTheSameTargetIsAOneToOneConflict() {
        SQLException e = failure("INSERT INTO {profile} ({id}, {user_id}) VALUES (11, 1)");

        RelataException translated = CATALOGUE.translate(e, Dialect.H2);

        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class, translated);
        assertEquals("Profile", conflict.model());
        assertEquals("user", conflict.relation());
        assertSame(e, conflict.getCause());
        assertEquals("23505", conflict.sqlState());
        assertTrue(conflict.getMessage().contains("Profile.user"), conflict.getMessage());
    }

    @Test
    void aSecondLinkThroughALinkThatIsTheKeyIsAOneToOneConflict() {
        h2.execute("CREATE TABLE {owner} ({user_id} BIGINT PRIMARY KEY,"
                        + " CONSTRAINT {fk_owner_user_id} FOREIGN KEY ({user_id}) REFERENCES {user} ({id}))",
                "INSERT INTO {owner} ({user_id}) VALUES (1)");
        Constraints catalogue = Constraints.builder().primaryKeyLink("owner", "Owner", "user", "User").build();
        SQLException e = failure("INSERT INTO {owner} ({user_id}) VALUES (1)");

        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class, catalogue.translate(e, Dialect.H2));
        assertEquals("Owner", conflict.model());
        assertEquals("user", conflict.relation());
    }

    @Test
    void aDuplicateKeyIsNoOneToOneConflictWhenTheKeyIsNoLink() {
        Constraints catalogue = Constraints.builder().primaryKeyLink("owner", "Owner", "user", "User").build();
        SQLException e = failure("INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 3)");

        assertExactly(IntegrityException.class, catalogue.translate(e, Dialect.H2));
    }

    @Test
    void theConflictNamesTheRelationWhoseConstraintWasViolated() {
        SQLException e = failure("INSERT INTO {wallet} ({id}, {user_id}) VALUES (21, 2)");

        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class,
                CATALOGUE.translate(e, Dialect.H2));
        assertEquals("Wallet", conflict.model());
    }

    @Test
    void deletingATargetLinkedThroughProtectIsProtected() {
        SQLException e = failure("DELETE FROM {user} WHERE {id} = 2");

        ProtectedException refused = assertExactly(ProtectedException.class, CATALOGUE.translate(e, Dialect.H2));

        assertEquals("User", refused.model());
        assertEquals(List.of(new Reference("Wallet", "user", List.of())), refused.references());
        assertSame(e, refused.getCause());
    }

    @Test
    void deletingATargetLinkedThroughRestrictIsRestricted() {
        SQLException e = failure("DELETE FROM {user} WHERE {id} = 3");

        RestrictedException refused = assertExactly(RestrictedException.class, CATALOGUE.translate(e, Dialect.H2));

        assertEquals("User", refused.model());
        assertEquals(List.of(new Reference("Badge", "user", List.of())), refused.references());
        assertSame(e, refused.getCause());
    }

    @Test
    void deletingATargetLinkedThroughDoNothingIsAPlainIntegrityError() {
        SQLException e = failure("DELETE FROM {user} WHERE {id} = 4");

        IntegrityException refused = assertExactly(IntegrityException.class, CATALOGUE.translate(e, Dialect.H2));

        assertTrue(refused.getMessage().contains("Note.user"), refused.getMessage());
        assertSame(e, refused.getCause());
    }

    @Test
    void linkingToAMissingTargetIsAPlainIntegrityError() {
        SQLException e = failure("INSERT INTO {wallet} ({id}, {user_id}) VALUES (21, 99)");

        IntegrityException refused = assertExactly(IntegrityException.class, CATALOGUE.translate(e, Dialect.H2));

        assertTrue(refused.getMessage().contains("Wallet.user"), refused.getMessage());
        assertEquals("23506", refused.sqlState());
    }

    @Test
    void aDuplicatePrimaryKeyIsNoOneToOneConflict() {
        SQLException e = failure("INSERT INTO {profile} ({id}, {user_id}) VALUES (10, 2)");

        assertExactly(IntegrityException.class, CATALOGUE.translate(e, Dialect.H2));
    }

    @Test
    void aNotNullViolationIsAPlainIntegrityError() {
        SQLException e = failure("INSERT INTO {user} ({id}, {name}) VALUES (5, NULL)");

        assertExactly(IntegrityException.class, CATALOGUE.translate(e, Dialect.H2));
    }

    @Test
    void aSyntaxErrorIsARelataExceptionButNoIntegrityError() {
        SQLException e = failure("SELEC {id} FROM {user}");

        RelataException translated = CATALOGUE.translate(e, Dialect.H2);

        assertFalse(translated instanceof IntegrityException, translated.toString());
        assertSame(e, translated.getCause());
        assertEquals("42001", translated.sqlState());
    }

    @Test
    void anUnknownConstraintIsAPlainIntegrityError() {
        SQLException e = failure("INSERT INTO {profile} ({id}, {user_id}) VALUES (11, 1)");

        assertExactly(IntegrityException.class, Constraints.NONE.translate(e, Dialect.H2));
    }

    @Test
    void theLongestConstraintNameInTheMessageWins() {
        h2.execute(
                "CREATE TABLE {a} ({id} BIGINT PRIMARY KEY, {b_id} BIGINT, {b_c_id} BIGINT,"
                        + " CONSTRAINT {uq_a_b} UNIQUE ({b_id}), CONSTRAINT {uq_a_b_c} UNIQUE ({b_c_id}))",
                "INSERT INTO {a} ({id}, {b_id}, {b_c_id}) VALUES (1, 1, 1)");
        Constraints catalogue = Constraints.builder()
                .unique("a", "uq_a_b", "A", "b", "B")
                .unique("a", "uq_a_b_c", "A", "bC", "BC")
                .build();

        SQLException longer = failure("INSERT INTO {a} ({id}, {b_id}, {b_c_id}) VALUES (2, 2, 1)");
        SQLException shorter = failure("INSERT INTO {a} ({id}, {b_id}, {b_c_id}) VALUES (3, 1, 3)");

        assertEquals("bC", assertExactly(OneToOneConflictException.class,
                catalogue.translate(longer, Dialect.H2)).relation());
        assertEquals("b", assertExactly(OneToOneConflictException.class,
                catalogue.translate(shorter, Dialect.H2)).relation());
    }

    private SQLException failure(String template) {
        return assertThrows(SQLException.class, () -> {
            try (Connection connection = h2.connection(); Statement statement = connection.createStatement()) {
                statement.execute(Sql.of(Dialect.H2, template).text());
            }
        });
    }
}
