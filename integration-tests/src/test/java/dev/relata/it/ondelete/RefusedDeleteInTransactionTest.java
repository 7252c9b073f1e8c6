package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Database;
import dev.relata.IntegrityException;
import dev.relata.ProtectedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A delete refused inside {@code db.runInTransaction} leaves every row as it was, and the
 * transaction goes on: Django runs each delete in {@code transaction.atomic}, a savepoint inside
 * an outer transaction.
 */
class RefusedDeleteInTransactionTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final Database db = database.db();
    final AuthorDao authors = new AuthorDao(db);
    final VaultDao vaults = new VaultDao(db);
    final GuardDao guards = new GuardDao(db);
    final ArtistDao artists = new ArtistDao(db);
    final AlbumDao albums = new AlbumDao(db);
    final SongDao songs = new SongDao(db);
    final LinerNotesDao linerNotes = new LinerNotesDao(db);
    final CompanyDao companies = new CompanyDao(db);
    final OfficeDao offices = new OfficeDao(db);
    final AlarmDao alarms = new AlarmDao(db);

    @Test
    void aProtectedDeleteCaughtInsideATransactionChangesNothingAndTheTransactionCommits() {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        Guard guard = guards.insert(new Guard(0, vault.id(), "Gil"));

        Author ada = db.inTransaction(() -> {
            Author written = authors.insert(new Author(0, "Ada"));
            assertThrows(ProtectedException.class, () -> vaults.delete(vault));
            assertEquals(List.of(vault), vaults.findAll(), "inside the transaction");
            assertEquals(List.of(guard), guards.findAll(), "inside the transaction");
            return written;
        });

        assertEquals(List.of(vault), vaults.findAll());
        assertEquals(List.of(guard), guards.findAll());
        assertEquals(List.of(ada), authors.findAll(), "the transaction's other write is committed");
    }

    @Test
    void aDeleteThatFailsHalfwayInsideATransactionIsUndoneCompletely() {
        // Deleting the artist deletes its song (allowed by RESTRICT, as the same cascade deletes it)
        // before the album, which the liner notes' DO_NOTHING link keeps: the database refuses the
        // album, and the song must come back.
        Artist artist = artists.insert(new Artist(0, "artist one"));
        Album album = albums.insert(new Album(0, artist.id(), "album one"));
        Song song = songs.insert(new Song(0, artist.id(), album.id(), "song one"));
        LinerNotes notes = linerNotes.insert(new LinerNotes(0, album.id(), "recorded live"));

        db.runInTransaction(() -> {
            assertThrows(IntegrityException.class, () -> artists.delete(artist));
            assertEquals(List.of(song), songs.findAll(), "inside the transaction");
        });

        assertEquals(List.of(artist), artists.findAll());
        assertEquals(List.of(album), albums.findAll());
        assertEquals(List.of(song), songs.findAll());
        assertEquals(List.of(notes), linerNotes.findAll());
    }

    @Test
    void aDatabaseRefusalCaughtInsideATransactionLeavesTheCascadeUndone() {
        Company acme = companies.insert(new Company(0, "Acme"));
        Office office = offices.insert(new Office(0, acme.id(), "Lyon"));
        alarms.insert(new Alarm(0, office.id(), "1234"));

        db.runInTransaction(() -> {
            authors.insert(new Author(0, "Ada"));
            assertThrows(IntegrityException.class, () -> companies.delete(acme));
            assertEquals(List.of(office), offices.findAll(), "inside the transaction");
        });

        assertEquals(List.of(acme), companies.findAll());
        assertEquals(List.of(office), offices.findAll());
        assertEquals(1, authors.count());
    }

    @Test
    void aRefusedDeleteThatEndsTheTransactionRollsBackItsEarlierWrites() {
        Vault vault = vaults.insert(new Vault(0, "gold"));
        Guard guard = guards.insert(new Guard(0, vault.id(), "Gil"));

        assertThrows(ProtectedException.class, () -> db.runInTransaction(() -> {
            authors.insert(new Author(0, "Ada"));
            vaults.delete(vault);
        }));

        assertEquals(0, authors.count());
        assertEquals(List.of(vault), vaults.findAll());
        assertEquals(List.of(guard), guards.findAll());
    }
}
