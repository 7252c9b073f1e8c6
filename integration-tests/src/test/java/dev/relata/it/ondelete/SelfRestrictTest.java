package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Deletion;
import dev.relata.RestrictedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A RESTRICT link from a table to itself: as in Django, a delete is refused only for a restricting
 * row that stays; when the restricting rows go in the same delete (given with it, or through a
 * cascade), it goes ahead, on every database. H2 and MariaDB check a RESTRICT row by row within a
 * statement, so such rows go one after the other, the referencing row first.
 */
class SelfRestrictTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final StageDao stages = new StageDao(database.db());
    final TourDao tours = new TourDao(database.db());
    final LegDao legs = new LegDao(database.db());

    @Test
    void aRowThatAStayingRowRestrictsIsRefused() {
        Stage first = stages.insert(new Stage(0, null, "first"));
        Stage second = stages.insert(new Stage(0, first.id(), "second"));

        RestrictedException refused = assertThrows(RestrictedException.class, () -> stages.delete(first));

        assertTrue(refused.getMessage().contains(String.valueOf(second.id())), refused.getMessage());
        assertEquals(2, stages.count());
    }

    @Test
    void rowsThatRestrictEachOtherGoTogetherWhenDeletedTogether() {
        Stage first = stages.insert(new Stage(0, null, "first"));
        Stage second = stages.insert(new Stage(0, first.id(), "second"));
        Stage third = stages.insert(new Stage(0, second.id(), "third"));
        Stage other = stages.insert(new Stage(0, null, "other"));

        assertEquals(3, stages.deleteAllById(List.of(first.id(), second.id(), third.id())));

        assertEquals(List.of(other), stages.findAll());
    }

    @Test
    void aCascadeTakesRowsThatRestrictEachOther() {
        Tour tour = tours.insert(new Tour(0, "summer"));
        Leg a = legs.insert(new Leg(0, tour.id(), null, "Oslo"));
        Leg b = legs.insert(new Leg(0, tour.id(), a.id(), "Bergen"));
        legs.insert(new Leg(0, tour.id(), b.id(), "Tromsø"));
        Tour other = tours.insert(new Tour(0, "winter"));
        Leg kept = legs.insert(new Leg(0, other.id(), null, "Rome"));

        assertTrue(tours.delete(tour));

        assertEquals(List.of(kept), legs.findAll());
        assertEquals(List.of(other), tours.findAll());
    }

    @Test
    void countingDeletesCountEveryRowOfTheChain() {
        Tour tour = tours.insert(new Tour(0, "summer"));
        Leg a = legs.insert(new Leg(0, tour.id(), null, "Oslo"));
        legs.insert(new Leg(0, tour.id(), a.id(), "Bergen"));

        Deletion deletion = tours.deleteCounting(tour);

        assertEquals(Map.of("Tour", 1, "Leg", 2), deletion.byModel());
        assertEquals(0, legs.count());
    }
}
