package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Deletion;
import dev.relata.IntegrityException;
import dev.relata.RestrictedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code on_delete=RESTRICT} (Django 3.1+), on the Django documentation's example:
 *
 * <pre>
 * class Artist(models.Model): ...
 * class Album(models.Model):
 *     artist = models.ForeignKey(Artist, on_delete=models.CASCADE)
 * class Song(models.Model):
 *     artist = models.ForeignKey(Artist, on_delete=models.CASCADE)
 *     album = models.ForeignKey(Album, on_delete=models.RESTRICT)
 * </pre>
 *
 * <p>With one-to-one links an artist has one song, so the documentation's second song belongs to a
 * third artist here. Django: deleting album one raises RestrictedError (song one is not being
 * deleted); deleting artist two raises RestrictedError (its album two is cascaded, but song two,
 * of artist three, is not); deleting artist one succeeds, because song one, which restricts album
 * one, is deleted by the same cascade (through Song.artist).
 */
class OnDeleteRestrictTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final ArtistDao artists = new ArtistDao(database.db());
    final AlbumDao albums = new AlbumDao(database.db());
    final SongDao songs = new SongDao(database.db());
    final LinerNotesDao linerNotes = new LinerNotesDao(database.db());

    Artist artistOne;
    Artist artistTwo;
    Artist artistThree;
    Album albumOne;
    Album albumTwo;
    Song songOne;
    Song songTwo;

    @BeforeEach
    void createTheDocumentationsRows() {
        artistOne = artists.insert(new Artist(0, "artist one"));
        artistTwo = artists.insert(new Artist(0, "artist two"));
        artistThree = artists.insert(new Artist(0, "artist three"));
        albumOne = albums.insert(new Album(0, artistOne.id(), "album one"));
        albumTwo = albums.insert(new Album(0, artistTwo.id(), "album two"));
        songOne = songs.insert(new Song(0, artistOne.id(), albumOne.id(), "song one"));
        songTwo = songs.insert(new Song(0, artistThree.id(), albumTwo.id(), "song two"));
    }

    void assertNothingDeleted() {
        assertEquals(List.of(artistOne, artistTwo, artistThree), artists.findAll());
        assertEquals(List.of(albumOne, albumTwo), albums.findAll());
        assertEquals(List.of(songOne, songTwo), songs.findAll());
    }

    /**
     * The restricting row goes in the same delete, through a {@code @Parent} child: deleting artist
     * three takes its album, its encore and the encore's performance, which restricted the album.
     * RESTRICT allows that, and the counting delete, which deletes row by row, does it too, in an
     * order the database's own RESTRICT accepts.
     */
    @Test
    void aRestrictingRowThatGoesThroughItsChildAllowsTheDeleteCountedOrNot() {
        EncoreDao encores = new EncoreDao(database.db());
        Album albumThree = albums.insert(new Album(0, artistThree.id(), "album three"));
        encores.insert(new Encore(new Performance(0, albumThree.id(), "hall"), artistThree.id()));

        Deletion deletion = artists.deleteCounting(artistThree);

        assertEquals(Map.of("Artist", 1, "Album", 1, "Song", 1, "Encore", 1, "Performance", 1), deletion.byModel());
        assertEquals(List.of(artistOne, artistTwo), artists.findAll());
        assertEquals(0, encores.count());
        assertEquals(0, new PerformanceDao(database.db()).count());
    }

    @Test
    void deletingAlbumOneIsRefusedBecauseSongOneStays() {
        RestrictedException refused = assertThrows(RestrictedException.class, () -> albums.delete(albumOne));

        assertEquals("Album", refused.model());
        assertEquals(List.of(References.of("Song", "album", songOne.id())), refused.references());
        assertNothingDeleted();
    }

    @Test
    void deletingArtistTwoIsRefusedBecauseSongTwoOfAnotherArtistStays() {
        RestrictedException refused = assertThrows(RestrictedException.class, () -> artists.delete(artistTwo));

        assertEquals("Artist", refused.model());
        assertEquals(List.of(References.of("Song", "album", songTwo.id())), refused.references());
        assertNothingDeleted();
    }

    @Test
    void deletingArtistOneSucceedsBecauseTheCascadeAlsoDeletesSongOne() {
        assertTrue(artists.delete(artistOne));

        assertEquals(List.of(artistTwo, artistThree), artists.findAll());
        assertEquals(List.of(albumTwo), albums.findAll());
        assertEquals(List.of(songTwo), songs.findAll());
    }

    @Test
    void deletingArtistThreeDeletesSongTwoAndFreesAlbumTwo() {
        assertTrue(artists.delete(artistThree));
        assertTrue(artists.delete(artistTwo));

        assertEquals(List.of(artistOne), artists.findAll());
        assertEquals(List.of(albumOne), albums.findAll());
        assertEquals(List.of(songOne), songs.findAll());
    }

    @Test
    void aDoNothingLinkStillBlocksTheCascadeThatRestrictAllows() {
        // Liner notes link album one with DO_NOTHING. Deleting artist one would delete song one and
        // album one; the database's foreign key refuses to delete the album. Django: IntegrityError
        // from the database, and the transaction rolls everything back, song one included.
        linerNotes.insert(new LinerNotes(0, albumOne.id(), "recorded live"));

        IntegrityException refused = assertThrows(IntegrityException.class, () -> artists.delete(artistOne));

        assertFalse(refused instanceof RestrictedException, () -> "not a RESTRICT refusal: " + refused);
        assertNothingDeleted();
    }
}
