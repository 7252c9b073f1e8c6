package dev.relata.internal;

import static dev.relata.internal.ArtistSchema.ALBUM_ONE;
import static dev.relata.internal.ArtistSchema.ALBUM_TWO;
import static dev.relata.internal.ArtistSchema.ARTIST_ONE;
import static dev.relata.internal.ArtistSchema.ARTIST_TWO;
import static dev.relata.internal.ArtistSchema.SONG_ONE;
import static dev.relata.internal.ArtistSchema.SONG_TWO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.OnDelete;
import dev.relata.Reference;
import dev.relata.RestrictedException;
import dev.relata.TestDatabase;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Django's RESTRICT example: a song may go with its artist, but not with only its album. */
class DeletePlanRestrictTest {
    private final ArtistSchema schema = new ArtistSchema(OnDelete.RESTRICT);
    private TestDatabase h2;
    private Database db;

    @BeforeEach
    void createRows() {
        h2 = TestDatabase.create();
        schema.create(h2);
        db = h2.database();
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void deletingAnAlbumWithASongIsRestricted() {
        schema.fill(h2);

        RestrictedException e = assertThrows(RestrictedException.class,
                () -> delete(schema.deleteAlbums, "Album", ALBUM_ONE));

        assertEquals("Album", e.model());
        assertEquals(List.of(new Reference("Song", "album", List.of(SONG_ONE))), e.references());
        assertTrue(e.getMessage().contains("'Song.album'"), e.getMessage());
        assertNothingDeleted();
    }

    @Test
    void deletingTheArtistOfTheAlbumAndOfItsSongsIsAllowed() {
        schema.fill(h2);

        assertEquals(1, delete(schema.deleteArtists, "Artist", ARTIST_ONE));

        assertEquals(List.of(ARTIST_TWO), h2.ids("artist"));
        assertEquals(List.of(ALBUM_TWO), h2.ids("album"));
        assertEquals(List.of(), h2.ids("song"), "both of artist_one's songs went with it");
        assertEquals(List.of(7L), h2.ids("review"));
        assertNull(h2.column("review", "song_id").get(0), "the review of the deleted song was kept");
    }

    @Test
    void deletingAnArtistWhoseAlbumHoldsAnotherArtistsSongIsRestricted() {
        schema.fill(h2);

        RestrictedException e = assertThrows(RestrictedException.class,
                () -> delete(schema.deleteArtists, "Artist", ARTIST_TWO));

        assertEquals("Artist", e.model());
        assertEquals(List.of(new Reference("Song", "album", List.of(SONG_TWO))), e.references());
        assertNothingDeleted();
    }

    @Test
    void deletingBothArtistsTogetherIsAllowedBecauseEverySongGoesToo() {
        schema.fill(h2);

        assertEquals(2, delete(schema.deleteArtists, "Artist", ARTIST_ONE, ARTIST_TWO));

        assertEquals(0, h2.count("artist"));
        assertEquals(0, h2.count("album"));
        assertEquals(0, h2.count("song"));
    }

    @Test
    void onceTheRestrictingSongIsGoneTheArtistCanBeDeleted() {
        schema.fill(h2);
        h2.execute("DELETE FROM {song} WHERE {id} = " + SONG_TWO);

        assertEquals(1, delete(schema.deleteArtists, "Artist", ARTIST_TWO));

        assertEquals(List.of(ARTIST_ONE), h2.ids("artist"));
        assertEquals(List.of(ALBUM_ONE), h2.ids("album"));
        assertEquals(List.of(SONG_ONE), h2.ids("song"));
    }

    @Test
    void aRefusalRollsBackWhatTheTransactionDeletedBefore() {
        schema.fill(h2);
        h2.execute("INSERT INTO {artist} ({id}) VALUES (3)", "INSERT INTO {album} ({id}, {artist_id}) VALUES (13, 3)");

        assertThrows(RestrictedException.class, () -> db.runInTransaction(() -> {
            delete(schema.deleteArtists, "Artist", 3L);
            delete(schema.deleteArtists, "Artist", ARTIST_TWO);
        }));

        assertEquals(List.of(ARTIST_ONE, ARTIST_TWO, 3L), h2.ids("artist"));
        assertEquals(List.of(ALBUM_ONE, ALBUM_TWO, 13L), h2.ids("album"));
    }

    @Test
    void manyArtistsAreDeletedWithTheirAlbumsAndSongs() {
        int artists = 1500;
        h2.execute(
                "INSERT INTO {artist} ({id}) SELECT X FROM SYSTEM_RANGE(1, " + artists + ")",
                "INSERT INTO {album} ({id}, {artist_id}) SELECT X + 10000, X FROM SYSTEM_RANGE(1, " + artists + ")",
                "INSERT INTO {song} ({id}, {artist_id}, {album_id})"
                        + " SELECT X + 20000, X, X + 10000 FROM SYSTEM_RANGE(1, " + artists + ")");
        Long[] keys = LongStream.rangeClosed(1, artists).boxed().toArray(Long[]::new);

        assertEquals(artists, delete(schema.deleteArtists, "Artist", keys));

        assertEquals(0, h2.count("artist"));
        assertEquals(0, h2.count("album"));
        assertEquals(0, h2.count("song"));
    }

    @Test
    void restrictedKeysAreReportedInKeyOrder() {
        h2.execute(
                "INSERT INTO {artist} ({id}) VALUES (1), (2), (3)",
                "INSERT INTO {album} ({id}, {artist_id}) VALUES (11, 1), (12, 2), (13, 3)",
                "INSERT INTO {song} ({id}, {artist_id}, {album_id}) VALUES (29, 1, 12), (25, 1, 13)");

        RestrictedException e = assertThrows(RestrictedException.class,
                () -> delete(schema.deleteArtists, "Artist", 3L, 2L));

        assertEquals(List.of(25L, 29L), e.references().get(0).keys());
    }

    private int delete(DeletePlan plan, String model, Long... keys) {
        return db.withTransaction(connection -> plan.delete(connection, model, List.of(keys)));
    }

    private void assertNothingDeleted() {
        assertEquals(List.of(ARTIST_ONE, ARTIST_TWO), h2.ids("artist"));
        assertEquals(List.of(ALBUM_ONE, ALBUM_TWO), h2.ids("album"));
        assertEquals(List.of(SONG_ONE, SONG_TWO), h2.ids("song"));
        assertEquals(List.of(SONG_ONE), h2.column("review", "song_id"));
    }
}
