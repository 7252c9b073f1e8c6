package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finders over components of every type find the same rows on every database. */
class AllTypesFindersTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    final AllTypesDao rows = new AllTypesDao(database.db());
    final AllTypesFinders finders = rows;

    private AllTypes withLetters(char letter, Character boxedLetter) {
        AllTypes s = AllTypesTest.smallest();
        return rows.insert(new AllTypes(0, s.flag(), s.tiny(), s.small(), s.number(), s.big(), s.ratio(), s.measure(),
                letter, s.boxedFlag(), s.boxedTiny(), s.boxedSmall(), s.boxedNumber(), s.boxedBig(), s.boxedRatio(),
                s.boxedMeasure(), boxedLetter, s.text(), s.amount(), s.token(), s.day(), s.moment(), s.instant(),
                s.payload(), s.color()));
    }

    private static List<Long> ids(List<AllTypes> found) {
        return found.stream().map(AllTypes::id).toList();
    }

    /**
     * A space is a char like any other: MariaDB, which cuts a CHAR's trailing spaces, and compares
     * without padding, must still find it.
     */
    @Test
    void aSpaceLetterIsFound() {
        AllTypes space = withLetters(' ', ' ');
        AllTypes a = withLetters('a', 'a');

        assertEquals(List.of(space.id()), ids(finders.withLetter(' ')));
        assertEquals(List.of(a.id()), ids(finders.withLetter('a')));
        assertEquals(List.of(space.id()), ids(finders.withBoxedLetterIn(List.of(' '))));
        assertEquals(List.of(space.id(), a.id()), ids(finders.withBoxedLetterIn(List.of(' ', 'a'))));
        assertEquals(1, finders.countWithSpace());
        assertEquals(List.of(space.id()), ids(finders.withLetterBelow('!')));
        assertEquals(List.of(), ids(finders.withLetterBelow(' ')));
    }
}
