package dev.relata.internal;

import static dev.relata.internal.ConstraintFixtures.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OnDelete;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.RelataException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constraint names as sharded databases report them, with a suffix of theirs: Citus's shard
 * number, ShardingSphere's actual table, H2's index number. The messages are the databases' own
 * forms.
 */
class ConstraintsShardedTest {
    /** Two pairs of names where one begins with the other, one-to-one and plain unique columns mixed. */
    private static final Constraints CATALOGUE = Constraints.builder()
            .unique("profile", "uq_profile_user", "Profile", "user", "User")
            .uniqueColumn("profile", "uq_profile_user_id", "Profile", "userId", "user_id")
            .unique("card", "uq_card_owner_id", "Card", "owner", "Owner")
            .uniqueColumn("card", "uq_card_owner", "Card", "nickname", "owner")
            .foreignKey("profile", "fk_profile_user", "Profile", "user", "User", OnDelete.PROTECT)
            .foreignKey("profile", "fk_profile_user_id", "Profile", "userId", "User", OnDelete.CASCADE)
            .primaryKeyLink("profile", "Profile", "user", "User")
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
        "ERROR: duplicate key value violates unique constraint \"uq_profile_user_102268\"\n  Detail: Key (user_id)=(1) already exists.",
        "ERROR: duplicate key value violates unique constraint \"uq_profile_user_profile_0\"\n  Detail: Key (user_id)=(1) already exists.",
        "ERROR: duplicate key value violates unique constraint \"uq_profile_user_s_profile_1\"",
        "Unique index or primary key violation: \"PUBLIC.UQ_PROFILE_USER_INDEX_8 ON PUBLIC.PROFILE(USER_ID NULLS FIRST) VALUES ( /* 1 */ CAST(1 AS BIGINT) )\"",
        "ERROR: duplicate key value violates unique constraint \"uq_profile_user\""
    })
    void aShardSuffixedOneToOneNameIsAOneToOneConflict(String message) {
        RelataException translated = CATALOGUE.translate(new SQLException(message, "23505"), Dialect.POSTGRESQL);

        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class, translated);
        assertEquals("Profile", conflict.model());
        assertEquals("user", conflict.relation());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ERROR: duplicate key value violates unique constraint \"uq_profile_user_id_102270\"",
        "ERROR: duplicate key value violates unique constraint \"uq_profile_user_id_profile_0\"",
        "ERROR: duplicate key value violates unique constraint \"uq_profile_user_id\""
    })
    void theLongerOfTwoNamesWhereOneBeginsWithTheOtherWins(String message) {
        RelataException translated = CATALOGUE.translate(new SQLException(message, "23505"), Dialect.POSTGRESQL);

        IntegrityException unique = assertExactly(IntegrityException.class, translated);
        assertTrue(unique.getMessage().contains("'Profile.userId' is unique"), unique.getMessage());
    }

    @Test
    void theShorterNameIsNotTakenForTheLongerOneWhenTheLongerIsThePlainUniqueColumn() {
        RelataException owner = CATALOGUE.translate(
                new SQLException("ERROR: duplicate key value violates unique constraint \"uq_card_owner_id_card_1\"", "23505"),
                Dialect.POSTGRESQL);
        RelataException nickname = CATALOGUE.translate(
                new SQLException("ERROR: duplicate key value violates unique constraint \"uq_card_owner_card_1\"", "23505"),
                Dialect.POSTGRESQL);

        assertEquals("owner", assertExactly(OneToOneConflictException.class, owner).relation());
        assertTrue(assertExactly(IntegrityException.class, nickname).getMessage().contains("'Card.nickname' is unique"),
                nickname.getMessage());
    }

    @Test
    void aShardSuffixedForeignKeyNameIsTheForeignKeysRefusal() {
        RelataException protectedUser = CATALOGUE.translate(new SQLException("ERROR: update or delete on table"
                + " \"user_102008\" violates foreign key constraint \"fk_profile_user_102040\" on table \"profile_102040\"",
                "23503"), Dialect.POSTGRESQL);
        RelataException cascading = CATALOGUE.translate(new SQLException("ERROR: insert or update on table"
                + " \"s_profile_0\" violates foreign key constraint \"fk_profile_user_id_s_profile_0\"", "23503"),
                Dialect.POSTGRESQL);

        assertExactly(ProtectedException.class, protectedUser);
        IntegrityException missing = assertExactly(IntegrityException.class, cascading);
        assertTrue(missing.getMessage().contains("'Profile.userId' links to no existing User"), missing.getMessage());
    }

    @Test
    void aCitusPrimaryKeyOfALinkThatIsTheKeyIsAOneToOneConflict() {
        RelataException translated = CATALOGUE.translate(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"profile_pkey_102268\"", "23505"), Dialect.POSTGRESQL);

        assertEquals("user", assertExactly(OneToOneConflictException.class, translated).relation());
    }

    @Test
    void aNameInsideAnotherIdentifierOrWithoutItsUnderscoreIsNoMatch() {
        assertFalse(Constraints.names("constraint \"xuq_profile_user\"", "uq_profile_user"));
        assertFalse(Constraints.names("constraint \"uq_profile_userx\"", "uq_profile_user"));
        assertFalse(Constraints.names("constraint \"uq_profile_user_\"", "uq_profile_user"));
        assertTrue(Constraints.names("constraint \"uq_profile_user_0\"", "uq_profile_user"));
        assertTrue(Constraints.names("for key 'profile.uq_profile_user'", "uq_profile_user"));
    }

    @Test
    void anUnknownSuffixedNameIsAPlainIntegrityException() {
        RelataException translated = CATALOGUE.translate(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uq_page_slug_102300\"", "23505"), Dialect.POSTGRESQL);

        assertExactly(IntegrityException.class, translated);
    }

    @Test
    void aStatementShardingSphereCannotRouteIsARelataExceptionWithAdvice() {
        SQLException unroutable = new SQLException("Sharding value can not be null in SQL statement.", "44000", 20020);

        RelataException translated = CATALOGUE.translate(unroutable, Dialect.POSTGRESQL);

        assertExactly(RelataException.class, translated);
        assertTrue(translated.getMessage().startsWith("ShardingSphere cannot route the statement to a shard: Sharding"
                + " value can not be null in SQL statement."), translated.getMessage());
        assertTrue(translated.getMessage().contains("sharding column"), translated.getMessage());
        assertEquals("44000", translated.sqlState());
    }

    @Test
    void postgresqlsOwnCheckOptionViolationIsNoRoutingFailure() {
        SQLException checkOption = new SQLException("ERROR: new row violates check option for view \"adults\"", "44000");

        RelataException translated = CATALOGUE.translate(checkOption, Dialect.POSTGRESQL);

        assertEquals(checkOption.getMessage(), translated.getMessage());
    }
}
