package dev.relata.internal;

import static dev.relata.internal.ArtistSchema.ALBUM_ONE;
import static dev.relata.internal.ArtistSchema.ALBUM_TWO;
import static dev.relata.internal.ArtistSchema.ARTIST_ONE;
import static dev.relata.internal.ArtistSchema.ARTIST_TWO;
import static dev.relata.internal.ArtistSchema.SONG_ONE;
import static dev.relata.internal.ArtistSchema.SONG_TWO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Database;
import dev.relata.OnDelete;
import dev.relata.ProtectedException;
import dev.relata.Reference;
import dev.relata.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django's RESTRICT example with PROTECT instead: PROTECT refuses all three deletes, even when the
 * protecting song would itself be deleted by the same cascade.
 */
class DeletePlanProtectCascadedRowTest {
    private final ArtistSchema schema = new ArtistSchema(OnDelete.PROTECT);
    private TestDatabase h2;
    private Database db;

    @BeforeEach
    void createRows() {
        h2 = TestDatabase.create();
        schema.create(h2);
        schema.fill(h2);
        db = h2.database();
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void deletingTheArtistOfTheProtectingSongIsRefused() {
        ProtectedException e = assertThrows(ProtectedException.class,
                () -> delete(schema.deleteArtists, "Artist", ARTIST_ONE));

        assertEquals("Artist", e.model());
        assertEquals(List.of(new Reference("Song", "album", List.of(SONG_ONE))), e.references());
        assertNothingDeleted();
    }

    @Test
    void deletingBothArtistsIsRefused() {
        ProtectedException e = assertThrows(ProtectedException.class,
                () -> delete(schema.deleteArtists, "Artist", ARTIST_ONE, ARTIST_TWO));

        assertEquals(List.of(new Reference("Song", "album", List.of(SONG_ONE, SONG_TWO))), e.references());
        assertNothingDeleted();
    }

    @Test
    void deletingAnArtistWhoseAlbumHoldsAnotherArtistsSongIsRefused() {
        ProtectedException e = assertThrows(ProtectedException.class,
                () -> delete(schema.deleteArtists, "Artist", ARTIST_TWO));

        assertEquals(List.of(new Reference("Song", "album", List.of(SONG_TWO))), e.references());
        assertNothingDeleted();
    }

    @Test
    void deletingAnAlbumWithASongIsRefused() {
        ProtectedException e = assertThrows(ProtectedException.class,
                () -> delete(schema.deleteAlbums, "Album", ALBUM_ONE));

        assertEquals("Album", e.model());
        assertNothingDeleted();
    }

    private int delete(DeletePlan plan, String model, Long... keys) {
        return db.withTransaction(connection -> plan.delete(connection, model, List.of(keys)));
    }

    private void assertNothingDeleted() {
        assertEquals(List.of(ARTIST_ONE, ARTIST_TWO), h2.ids("artist"));
        assertEquals(List.of(ALBUM_ONE, ALBUM_TWO), h2.ids("album"));
        assertEquals(List.of(SONG_ONE, SONG_TWO), h2.ids("song"));
    }
}
