package dev.relata.internal;

import static dev.relata.internal.LinkTables.plan;
import static dev.relata.internal.LinkTables.foreignKey;
import static dev.relata.internal.LinkTables.oneToOne;
import static dev.relata.internal.LinkTables.table;

import dev.relata.Dialect;
import dev.relata.OnDelete;
import dev.relata.TestDatabase;
import dev.relata.internal.DeletePlan.Link;
import java.util.List;

/**
 * The example of Django's {@code on_delete=RESTRICT} documentation: an Album belongs to an Artist
 * (CASCADE), a Song to an Artist (CASCADE) and to an Album (RESTRICT, or PROTECT to compare). A
 * Review of a song is kept when the song goes (SET_NULL).
 *
 * <pre>
 * artist_one   album_one (artist_one)   song_one (artist_one, album_one)   review 7 (song_one)
 * artist_two   album_two (artist_two)   song_two (artist_one, album_two)
 * </pre>
 */
final class ArtistSchema {
    static final long ARTIST_ONE = 1;
    static final long ARTIST_TWO = 2;
    static final long ALBUM_ONE = 11;
    static final long ALBUM_TWO = 12;
    static final long SONG_ONE = 21;
    static final long SONG_TWO = 22;

    private static final Link ALBUM_ARTIST =
            new Link("Album", "artist", "album", "artist_id", "artist", OnDelete.CASCADE);
    private static final Link SONG_ARTIST =
            new Link("Song", "artist", "song", "artist_id", "artist", OnDelete.CASCADE);
    private static final Link REVIEW_SONG =
            new Link("Review", "song", "review", "song_id", "song", OnDelete.SET_NULL);

    final DeletePlan deleteArtists;
    final DeletePlan deleteAlbums;
    private final Link songAlbum;

    ArtistSchema(OnDelete songAlbum) {
        this.songAlbum = new Link("Song", "album", "song", "album_id", "album", songAlbum);
        this.deleteArtists = plan(Dialect.H2, "artist",
                List.of(ALBUM_ARTIST, SONG_ARTIST, this.songAlbum, REVIEW_SONG), "review", "song", "album", "artist");
        this.deleteAlbums = plan(Dialect.H2, "album", List.of(this.songAlbum), "song", "album");
    }

    void create(TestDatabase h2) {
        h2.execute(
                table("artist"),
                table("album", oneToOne(ALBUM_ARTIST)),
                table("song", foreignKey(SONG_ARTIST), oneToOne(songAlbum)),
                table("review", oneToOne(REVIEW_SONG)));
    }

    void fill(TestDatabase h2) {
        h2.execute(
                "INSERT INTO {artist} ({id}) VALUES (1), (2)",
                "INSERT INTO {album} ({id}, {artist_id}) VALUES (11, 1), (12, 2)",
                "INSERT INTO {song} ({id}, {artist_id}, {album_id}) VALUES (21, 1, 11), (22, 1, 12)",
                "INSERT INTO {review} ({id}, {song_id}) VALUES (7, 21)");
    }
}
