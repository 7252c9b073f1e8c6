package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.it.Ddl;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each rule's foreign key in the DDL: CASCADE, SET_NULL and SET_DEFAULT are the database's own
 * ON DELETE actions; PROTECT, RESTRICT and DO_NOTHING must never let the database delete or
 * change the linking row.
 */
class OnDeleteSchemaTest {
    final Ddl h2 = Ddl.of(RelataSchema.statements(Dialect.H2), Dialect.H2);

    @Test
    void cascadeSetNullAndSetDefaultAreTheForeignKeysOnDeleteActions() {
        assertEquals("CASCADE", h2.onDelete("biography", "author_id", "author", "id"));
        assertEquals("SET NULL", h2.onDelete("coat", "locker_id", "locker", "id"));
        assertEquals("SET DEFAULT", h2.onDelete("ticket", "seat_id", "seat", "code"));
    }

    @Test
    void protectRestrictAndDoNothingLeaveTheLinkingRowAlone() {
        for (String action : List.of(
                h2.onDelete("guard", "vault_id", "vault", "id"),
                h2.onDelete("song", "album_id", "album", "id"),
                h2.onDelete("lease", "server_id", "server", "id"))) {
            assertTrue(List.of("", "RESTRICT", "NO ACTION").contains(action), () -> action + " in\n" + h2);
        }
    }

    @Test
    void everyLinkIsUnique() {
        h2.assertUnique("track", "label_id");
        h2.assertUnique("track", "release_id");
        h2.assertUnique("coat", "locker_id");
        h2.assertUnique("ticket", "seat_id");
    }

    @Test
    void theSetDefaultLinkHasTheDefaultAsItsColumnDefault() {
        String ticket = h2.createTable("ticket");

        assertTrue(Pattern.compile("(?is)" + Pattern.quote(Dialect.H2.quote("seat_id")) + "[^,]*\\bDEFAULT\\s+'standing'")
                .matcher(ticket).find(), ticket);
    }

    @Test
    void theSetNullLinkIsNullable() {
        String coat = h2.createTable("coat");

        assertFalse(Pattern.compile("(?is)" + Pattern.quote(Dialect.H2.quote("locker_id")) + "[^,]*\\bNOT\\s+NULL\\b")
                .matcher(coat).find(), coat);
    }
}
