package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Deletion;
import dev.relata.IntegrityException;
import dev.relata.ProtectedException;
import dev.relata.RestrictedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A DO_NOTHING link whose referencing row and referenced row go in the same delete, through
 * cascades: no row is left pointing at a row that is gone, so the delete goes ahead, on every
 * database. PostgreSQL checks the link at the end of the statement; H2 and MariaDB check it row by
 * row, so the plan deletes the referencing rows first, and unlinks rows that link to each other in
 * a loop. A referencing row that stays still refuses the delete, as the database's foreign key
 * does, and nothing is deleted.
 */
class DoNothingWithinCascadeTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final FestivalDao festivals = new FestivalDao(database.db());
    final ArenaDao arenas = new ArenaDao(database.db());
    final GigDao gigs = new GigDao(database.db());

    @Test
    void aCascadeTakesTheReferencingRowsWithTheRowsTheyReference() {
        Festival festival = festivals.insert(new Festival(0, "Roskilde"));
        Arena orange = arenas.insert(new Arena(0, festival.id(), null, "Orange"));
        Arena tent = arenas.insert(new Arena(0, festival.id(), orange.id(), "Tent"));
        gigs.insert(new Gig(0, festival.id(), orange.id(), "Björk"));
        gigs.insert(new Gig(0, festival.id(), tent.id(), "Blur"));
        Festival other = festivals.insert(new Festival(0, "Sziget"));
        Arena kept = arenas.insert(new Arena(0, other.id(), null, "Main"));
        Gig keptGig = gigs.insert(new Gig(0, other.id(), kept.id(), "Muse"));

        assertTrue(festivals.delete(festival));

        assertEquals(List.of(other), festivals.findAll());
        assertEquals(List.of(kept), arenas.findAll());
        assertEquals(List.of(keptGig), gigs.findAll());
    }

    @Test
    void rowsThatLinkToEachOtherInALoopGoTogether() {
        Festival festival = festivals.insert(new Festival(0, "Roskilde"));
        Arena orange = arenas.insert(new Arena(0, festival.id(), null, "Orange"));
        Arena tent = arenas.insert(new Arena(0, festival.id(), orange.id(), "Tent"));
        arenas.update(new Arena(orange.id(), festival.id(), tent.id(), "Orange"));
        Arena alone = arenas.insert(new Arena(0, festival.id(), null, "Alone"));
        arenas.update(new Arena(alone.id(), festival.id(), alone.id(), "Alone"));
        gigs.insert(new Gig(0, festival.id(), tent.id(), "Blur"));

        Deletion deletion = festivals.deleteCounting(festival);

        assertEquals(Map.of("Festival", 1, "Arena", 3, "Gig", 1), deletion.byModel());
        assertEquals(0, arenas.count() + gigs.count());
    }

    @Test
    void aLoopGoesWithTheDeleteThatIsNotCounted() {
        Festival festival = festivals.insert(new Festival(0, "Roskilde"));
        Arena orange = arenas.insert(new Arena(0, festival.id(), null, "Orange"));
        Arena tent = arenas.insert(new Arena(0, festival.id(), orange.id(), "Tent"));
        arenas.update(new Arena(orange.id(), festival.id(), tent.id(), "Orange"));
        Festival other = festivals.insert(new Festival(0, "Sziget"));
        Arena kept = arenas.insert(new Arena(0, other.id(), null, "Main"));

        assertTrue(festivals.delete(festival));

        assertEquals(List.of(kept), arenas.findAll());
    }

    @Test
    void countingDeletesTakeTheReferencingRowsFirstToo() {
        Festival festival = festivals.insert(new Festival(0, "Roskilde"));
        Arena orange = arenas.insert(new Arena(0, festival.id(), null, "Orange"));
        Arena tent = arenas.insert(new Arena(0, festival.id(), orange.id(), "Tent"));
        gigs.insert(new Gig(0, festival.id(), tent.id(), "Blur"));

        Deletion deletion = festivals.deleteCounting(festival);

        assertEquals(Map.of("Festival", 1, "Arena", 2, "Gig", 1), deletion.byModel());
        assertEquals(0, arenas.count() + gigs.count());
    }

    @Test
    void aReferencingRowThatStaysRefusesTheDeleteAndNothingIsDeleted() {
        Festival festival = festivals.insert(new Festival(0, "Roskilde"));
        Arena orange = arenas.insert(new Arena(0, festival.id(), null, "Orange"));
        Festival other = festivals.insert(new Festival(0, "Sziget"));
        Gig elsewhere = gigs.insert(new Gig(0, other.id(), orange.id(), "Muse"));

        IntegrityException refused = assertThrows(IntegrityException.class, () -> festivals.delete(festival));

        assertFalse(refused instanceof ProtectedException || refused instanceof RestrictedException,
                () -> "the database refused, not a PROTECT or RESTRICT rule: " + refused);
        assertEquals(List.of(festival, other), festivals.findAll());
        assertEquals(List.of(orange), arenas.findAll());
        assertEquals(List.of(elsewhere), gigs.findAll());
    }

    @Test
    void deletingTheReferencedRowsAloneIsStillRefused() {
        Festival festival = festivals.insert(new Festival(0, "Roskilde"));
        Arena orange = arenas.insert(new Arena(0, festival.id(), null, "Orange"));
        Arena tent = arenas.insert(new Arena(0, festival.id(), orange.id(), "Tent"));

        assertThrows(IntegrityException.class, () -> arenas.delete(orange));

        assertEquals(List.of(orange, tent), arenas.findAll());
        assertEquals(1, arenas.deleteAllById(List.of(tent.id())));
        assertTrue(arenas.delete(orange));
    }
}
