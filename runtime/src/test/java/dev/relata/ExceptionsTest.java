package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

    @Test
    void sqlStateIsFoundThroughWrappingCauses() {
        SQLException cause = new SQLException("duplicate", "23505");
        RelataException e = new RelataException("wrapped", new IllegalStateException(cause));

        assertEquals("23505", e.sqlState());
    }

    @Test
    void sqlStateIsNullWithoutAnSqlException() {
        assertNull(new RelataException("no cause").sqlState());
        assertNull(new RelataException("no state", new SQLException("no state")).sqlState());
    }

    @Test
    void everyRuntimeErrorIsARelataExceptionAndConstraintErrorsAreIntegrityExceptions() {
        List<Reference> none = List.of();

        assertInstanceOf(IntegrityException.class, new OneToOneConflictException("Profile", "user", "m", null));
        assertInstanceOf(IntegrityException.class, new ProtectedException("User", none));
        assertInstanceOf(IntegrityException.class, new RestrictedException("User", none));
        assertInstanceOf(IntegrityException.class, new ChoiceNotAllowedException("Profile", "user", "isStaff = true", 3L));
        assertInstanceOf(RelataException.class, new IntegrityException("m"));
        assertInstanceOf(RuntimeException.class, new RelataException("m"));
    }

    @Test
    void protectedExceptionNamesTheModelAndEveryBlockingRelation() {
        SQLException cause = new SQLException("refused", "23503");
        ProtectedException e = new ProtectedException("Album",
                List.of(new Reference("Song", "album", List.of(1L, 2L))), cause);

        assertEquals("Album", e.model());
        assertEquals(List.of(new Reference("Song", "album", List.of(1L, 2L))), e.references());
        assertSame(cause, e.getCause());
        assertTrue(e.getMessage().startsWith("Cannot delete some instances of model 'Album'"), e.getMessage());
        assertTrue(e.getMessage().contains("'Song.album'"), e.getMessage());
    }

    @Test
    void restrictedExceptionNamesTheModelAndEveryBlockingRelation() {
        RestrictedException e = new RestrictedException("Artist", List.of(
                new Reference("Song", "album", List.of(2L)), new Reference("Tour", "artist", List.of(9L))));

        assertEquals("Artist", e.model());
        assertEquals(2, e.references().size());
        assertTrue(e.getMessage().contains("'Song.album'"), e.getMessage());
        assertTrue(e.getMessage().contains("'Tour.artist'"), e.getMessage());
    }

    @Test
    void oneCatchTakesBothKindsOfRefusedDelete() {
        List<Reference> references = List.of(new Reference("Guard", "vault", List.of(1L)));
        for (DeleteRefusedException refused : List.of(new ProtectedException("Vault", references),
                new RestrictedException("Vault", references))) {
            assertInstanceOf(IntegrityException.class, refused);
            assertEquals("Vault", refused.model());
            assertEquals(references, refused.references());
        }
    }

    @Test
    void referencesAreImmutableSnapshots() {
        List<Object> keys = new ArrayList<>(List.of(1L));
        Reference reference = new Reference("Song", "album", keys);
        keys.add(2L);

        assertEquals(List.of(1L), reference.keys());
        assertThrows(UnsupportedOperationException.class, () -> reference.keys().add(3L));

        List<Reference> references = new ArrayList<>(List.of(reference));
        ProtectedException e = new ProtectedException("Album", references);
        references.clear();
        assertEquals(1, e.references().size());
    }

    @Test
    void choiceNotAllowedExceptionNamesTheRelationConditionAndTarget() {
        ChoiceNotAllowedException e = new ChoiceNotAllowedException("Profile", "user", "isStaff = true", 3L);

        assertEquals("Profile", e.model());
        assertEquals("user", e.relation());
        assertEquals(3L, e.targetKey());
        assertTrue(e.getMessage().contains("Profile.user"), e.getMessage());
        assertTrue(e.getMessage().contains("isStaff = true"), e.getMessage());
    }

    @Test
    void aRefusalOverManyRowsKeepsEveryKeyButAReadableMessage() {
        List<Object> keys = new ArrayList<>();
        for (long key = 1; key <= 100_000; key++) {
            keys.add(key);
        }

        ProtectedException e = new ProtectedException("Profile", List.of(new Reference("Page", "profile", keys),
                new Reference("Badge", "profile", List.of(7L))));

        assertEquals(100_000, e.references().get(0).keys().size());
        assertEquals("Cannot delete some instances of model 'Profile' because they are referenced through protected"
                + " links: 'Page.profile' (100000 Page rows, keys [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ...]),"
                + " 'Badge.profile' (Badge keys [7]).", e.getMessage());
    }
}
