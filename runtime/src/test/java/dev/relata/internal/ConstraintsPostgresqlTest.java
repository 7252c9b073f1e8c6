package dev.relata.internal;

import static dev.relata.internal.ConstraintFixtures.CATALOGUE;
import static dev.relata.internal.ConstraintFixtures.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.RelataException;
import dev.relata.RestrictedException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Translation of errors as the PostgreSQL driver reports them: SQLState and server message. */
class ConstraintsPostgresqlTest {

    private static RelataException translate(String message, String sqlState) {
        return CATALOGUE.translate(new SQLException("ERROR: " + message, sqlState), Dialect.POSTGRESQL);
    }

    @Test
    void aUniqueViolationOnALinkIsAOneToOneConflict() {
        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class, translate(
                "duplicate key value violates unique constraint \"uq_profile_user_id\"\n"
                        + "  Detail: Key (user_id)=(1) already exists.", "23505"));

        assertEquals("Profile", conflict.model());
        assertEquals("user", conflict.relation());
        assertEquals("23505", conflict.sqlState());
    }

    @Test
    void aDuplicatePrimaryKeyIsNoOneToOneConflict() {
        assertExactly(IntegrityException.class, translate(
                "duplicate key value violates unique constraint \"profile_pkey\"\n"
                        + "  Detail: Key (id)=(10) already exists.", "23505"));
    }

    @Test
    void deletingATargetStillLinkedThroughProtectIsProtected() {
        ProtectedException refused = assertExactly(ProtectedException.class, translate(stillReferenced("wallet"), "23503"));

        assertEquals("User", refused.model());
        assertEquals(List.of(new Reference("Wallet", "user", List.of())), refused.references());
    }

    @Test
    void deletingATargetStillLinkedThroughRestrictIsRestricted() {
        RestrictedException refused = assertExactly(RestrictedException.class, translate(stillReferenced("badge"), "23503"));

        assertEquals("User", refused.model());
        assertEquals(List.of(new Reference("Badge", "user", List.of())), refused.references());
    }

    @Test
    void deletingATargetStillLinkedThroughDoNothingIsAPlainIntegrityError() {
        assertExactly(IntegrityException.class, translate(stillReferenced("note"), "23503"));
    }

    @Test
    void linkingToAMissingTargetIsAPlainIntegrityErrorEvenThroughProtect() {
        IntegrityException refused = assertExactly(IntegrityException.class, translate(
                "insert or update on table \"wallet\" violates foreign key constraint \"fk_wallet_user_id\"\n"
                        + "  Detail: Key (user_id)=(99) is not present in table \"user\".", "23503"));

        assertEquals("23503", refused.sqlState());
    }

    @Test
    void aNotNullViolationIsAPlainIntegrityError() {
        assertExactly(IntegrityException.class, translate(
                "null value in column \"name\" of relation \"user\" violates not-null constraint", "23502"));
    }

    @Test
    void aSyntaxErrorIsNoIntegrityError() {
        SQLException e = new SQLException("ERROR: syntax error at or near \"SELEC\"", "42601");

        RelataException translated = CATALOGUE.translate(e, Dialect.POSTGRESQL);

        assertFalse(translated instanceof IntegrityException, translated.toString());
        assertSame(e, translated.getCause());
    }

    @Test
    void aSerializationFailureIsNoIntegrityError() {
        RelataException translated = translate("could not serialize access due to concurrent update", "40001");

        assertFalse(translated instanceof IntegrityException, translated.toString());
        assertEquals("40001", translated.sqlState());
    }

    private static String stillReferenced(String table) {
        return "update or delete on table \"user\" violates foreign key constraint \"fk_" + table + "_user_id\""
                + " on table \"" + table + "\"\n  Detail: Key (id)=(2) is still referenced from table \"" + table + "\".";
    }
}
