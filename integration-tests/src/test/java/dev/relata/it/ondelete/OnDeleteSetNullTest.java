package dev.relata.it.ondelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code on_delete=SET_NULL}: Django keeps the linking row and sets its link to NULL. */
class OnDeleteSetNullTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.ONDELETE);

    final LockerDao lockers = new LockerDao(database.db());
    final CoatDao coats = new CoatDao(database.db());

    @Test
    void deletingTheLockerKeepsTheCoatAndClearsItsLink() {
        Locker locker = lockers.insert(new Locker(0, "L1"));
        Coat coat = coats.insert(new Coat(0, locker.id(), "Ada"));

        assertTrue(lockers.delete(locker));

        assertEquals(List.of(new Coat(coat.id(), null, "Ada")), coats.findAll());
        assertEquals(Optional.empty(), coats.locker(coats.findById(coat.id()).orElseThrow()));
    }

    @Test
    void deletingOneLockerLeavesTheOtherCoatsLinked() {
        Locker first = lockers.insert(new Locker(0, "L1"));
        Locker second = lockers.insert(new Locker(0, "L2"));
        Coat ada = coats.insert(new Coat(0, first.id(), "Ada"));
        Coat bob = coats.insert(new Coat(0, second.id(), "Bob"));

        lockers.delete(first);

        assertEquals(List.of(new Coat(ada.id(), null, "Ada"), bob), coats.findAll());
    }

    @Test
    void twoCoatsUnlinkedByDeletesDoNotConflict() {
        Locker first = lockers.insert(new Locker(0, "L1"));
        Locker second = lockers.insert(new Locker(0, "L2"));
        coats.insert(new Coat(0, first.id(), "Ada"));
        coats.insert(new Coat(0, second.id(), "Bob"));

        lockers.delete(first);
        lockers.delete(second);

        assertEquals(2, coats.count());
        assertTrue(coats.findAll().stream().allMatch(coat -> coat.locker() == null));
    }

    @Test
    void aRawSqlDeleteOfTheLockerAlsoClearsTheLink() {
        Locker locker = lockers.insert(new Locker(0, "L1"));
        Coat coat = coats.insert(new Coat(0, locker.id(), "Ada"));

        database.execute("DELETE FROM {locker} WHERE {id} = ?", locker.id());

        assertEquals(List.of(new Coat(coat.id(), null, "Ada")), coats.findAll());
    }
}
