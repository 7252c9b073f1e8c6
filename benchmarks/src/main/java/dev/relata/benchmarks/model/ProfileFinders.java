package dev.relata.benchmarks.model;

import dev.relata.Finders;
import dev.relata.Where;
import java.util.Optional;

/** The finder of the finder scenario: a profile through the reverse link from its page. */
@Finders(Profile.class)
public interface ProfileFinders {
    @Where("page.id = :page")
    Optional<Profile> ofPage(long page);
}
