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

/** Translation of errors as MariaDB and MySQL report them: vendor code, SQLState 23000, message. */
class ConstraintsMariadbTest {

    private static RelataException translate(String message, String sqlState, int errorCode) {
        return CATALOGUE.translate(new SQLException("(conn=7) " + message, sqlState, errorCode), Dialect.MARIADB);
    }

    @Test
    void aDuplicateEntryForALinksKeyIsAOneToOneConflict() {
        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class,
                translate("Duplicate entry '1' for key 'uq_profile_user_id'", "23000", 1062));

        assertEquals("Profile", conflict.model());
        assertEquals("user", conflict.relation());
    }

    @Test
    void mysqlsTableQualifiedKeyNameIsRecognisedToo() {
        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class,
                translate("Duplicate entry '2' for key 'wallet.uq_wallet_user_id'", "23000", 1062));

        assertEquals("Wallet", conflict.model());
    }

    @Test
    void aDuplicatePrimaryKeyIsNoOneToOneConflict() {
        assertExactly(IntegrityException.class, translate("Duplicate entry '10' for key 'PRIMARY'", "23000", 1062));
    }

    @Test
    void deletingATargetStillLinkedThroughProtectIsProtected() {
        ProtectedException refused = assertExactly(ProtectedException.class,
                translate(parentRow("wallet"), "23000", 1451));

        assertEquals("User", refused.model());
        assertEquals(List.of(new Reference("Wallet", "user", List.of())), refused.references());
    }

    @Test
    void deletingATargetStillLinkedThroughRestrictIsRestricted() {
        RestrictedException refused = assertExactly(RestrictedException.class,
                translate(parentRow("badge"), "23000", 1451));

        assertEquals(List.of(new Reference("Badge", "user", List.of())), refused.references());
    }

    @Test
    void deletingATargetStillLinkedThroughDoNothingIsAPlainIntegrityError() {
        assertExactly(IntegrityException.class, translate(parentRow("note"), "23000", 1451));
    }

    @Test
    void linkingToAMissingTargetIsAPlainIntegrityErrorEvenThroughProtect() {
        IntegrityException refused = assertExactly(IntegrityException.class, translate(
                "Cannot add or update a child row: a foreign key constraint fails " + fkDetail("wallet"), "23000", 1452));

        assertEquals("23000", refused.sqlState());
    }

    @Test
    void anotherConstraintFailureIsAPlainIntegrityError() {
        assertExactly(IntegrityException.class, translate("Column 'name' cannot be null", "23000", 1048));
    }

    @Test
    void aSyntaxErrorIsNoIntegrityError() {
        SQLException e = new SQLException("You have an error in your SQL syntax", "42000", 1064);

        RelataException translated = CATALOGUE.translate(e, Dialect.MARIADB);

        assertFalse(translated instanceof IntegrityException, translated.toString());
        assertSame(e, translated.getCause());
    }

    @Test
    void aDeadlockIsNoIntegrityError() {
        RelataException translated = translate("Deadlock found when trying to get lock", "40001", 1213);

        assertFalse(translated instanceof IntegrityException, translated.toString());
    }

    private static String parentRow(String table) {
        return "Cannot delete or update a parent row: a foreign key constraint fails " + fkDetail(table);
    }

    private static String fkDetail(String table) {
        return "(`blog`.`" + table + "`, CONSTRAINT `fk_" + table + "_user_id` FOREIGN KEY (`user_id`)"
                + " REFERENCES `user` (`id`))";
    }
}
