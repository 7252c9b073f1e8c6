package dev.relata.it.manytoone;

import dev.relata.Finders;
import dev.relata.OrderBy;
import dev.relata.Paging;
import dev.relata.Where;
import java.util.Collection;
import java.util.List;

/** Finders along a foreign key to the model's own rows, forward and backward. */
@Finders(Sommelier.class)
public interface SommelierFinders {
    @Where("mentor.name = :name or mentor.id is null") @OrderBy("name")
    List<Sommelier> taughtByOrSelfTaught(String name);

    @Where("mentor.mentor.name = :name") @OrderBy("name")
    List<Sommelier> grandApprenticesOf(String name);

    @Where("apprentices.name = :name or name = :name") @OrderBy("name")
    List<Sommelier> mentorOfOrNamed(String name);

    @Where("apprentices.id is null and mentor.id is null") @OrderBy("name")
    List<Sommelier> alone();

    @Where("apprentices.name in :names") @OrderBy("name")
    List<Sommelier> mentoringAnyOf(Collection<String> names);

    @Where("name in :names or mentor.name in :mentors") @OrderBy("name")
    List<Sommelier> namedOrTaughtBy(Collection<String> names, Collection<String> mentors);

    @OrderBy("mentor.name DESC, name")
    List<Sommelier> byMentor(Paging paging);

    @Where("apprentices.apprentices.name = :name") @OrderBy("name")
    List<Sommelier> grandMentorsOf(String name);

    @Where("mentor.apprentices.name = :name and name != :name") @OrderBy("name")
    List<Sommelier> fellowsOf(String name);
}
