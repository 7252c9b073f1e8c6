package dev.relata.it.types;

import dev.relata.Finders;
import dev.relata.Where;
import java.util.Collection;
import java.util.List;

/** Finders comparing components of every type with parameters and literals, the same on every database. */
@Finders(AllTypes.class)
public interface AllTypesFinders {
    @Where("letter = :letter")
    List<AllTypes> withLetter(char letter);

    @Where("boxedLetter in :letters")
    List<AllTypes> withBoxedLetterIn(Collection<Character> letters);

    @Where("letter = ' '")
    long countWithSpace();

    @Where("letter < :letter")
    List<AllTypes> withLetterBelow(char letter);
}
