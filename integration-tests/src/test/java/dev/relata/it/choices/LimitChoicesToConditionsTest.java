package dev.relata.it.choices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.ChoiceNotAllowedException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The {@code limitChoicesTo} condition language: comparisons ({@code =}, {@code !=}, {@code <},
 * {@code <=}, {@code >}, {@code >=}) of a target's component with a number, a quoted string, an
 * enum constant's name, a boolean or {@code null}, joined with {@code and} / {@code or} and
 * parentheses. Each link of this package to {@link Candidate} has its own condition; its
 * {@code candidateChoices()} lists the candidates that match and are not yet linked through it,
 * ordered by key, and its writes refuse the others.
 */
class LimitChoicesToConditionsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.CHOICES);

    final CandidateDao candidates = new CandidateDao(database.db());
    final SeniorDao seniors = new SeniorDao(database.db());
    final JuniorDao juniors = new JuniorDao(database.db());
    final RookieDao rookies = new RookieDao(database.db());
    final ContenderDao contenders = new ContenderDao(database.db());
    final PartnerDao partners = new PartnerDao(database.db());
    final DelegateDao delegates = new DelegateDao(database.db());
    final FinalistDao finalists = new FinalistDao(database.db());
    final CelebrityDao celebrities = new CelebrityDao(database.db());
    final StrangerDao strangers = new StrangerDao(database.db());

    Candidate ada;
    Candidate bob;
    Candidate mallory;
    Candidate carol;
    Candidate dave;
    Candidate erin;

    @BeforeEach
    void addCandidates() {
        ada = candidates.insert(new Candidate(0, "Ada", 15, false, Status.ACTIVE, "Countess"));
        bob = candidates.insert(new Candidate(0, "Bob", 3, true, Status.ACTIVE, null));
        mallory = candidates.insert(new Candidate(0, "Mallory", 20, false, Status.BANNED, "Mal"));
        carol = candidates.insert(new Candidate(0, "Carol", 10, false, Status.RETIRED, null));
        dave = candidates.insert(new Candidate(0, "Dave", 5, false, Status.ACTIVE, null));
        erin = candidates.insert(new Candidate(0, "Erin", 21, true, Status.RETIRED, "E"));
    }

    static List<String> names(List<Candidate> choices) {
        return choices.stream().map(Candidate::name).toList();
    }

    static void assertRefused(Candidate target, Executable write) {
        ChoiceNotAllowedException refused = assertThrows(ChoiceNotAllowedException.class, write);
        assertEquals("candidate", refused.relation());
        assertEquals(Long.valueOf(target.id()), refused.targetKey());
    }

    @Test
    void greaterThanOrEqualToANumber() {
        // score >= 10
        assertEquals(List.of("Ada", "Mallory", "Carol", "Erin"), names(seniors.candidateChoices()));
    }

    @Test
    void lessThanANumber() {
        // score < 10
        assertEquals(List.of("Bob", "Dave"), names(juniors.candidateChoices()));
    }

    @Test
    void greaterThanAndLessThanOrEqualJoinedWithAnd() {
        // score > 5 and score <= 20
        assertEquals(List.of("Ada", "Mallory", "Carol"), names(contenders.candidateChoices()));
    }

    @Test
    void lessThanOrEqualOrNotEqualToAnEnumConstant() {
        // score <= 5 or status != 'ACTIVE'
        assertEquals(List.of("Bob", "Mallory", "Carol", "Dave", "Erin"), names(rookies.candidateChoices()));
    }

    @Test
    void notEqualToAString() {
        // name != 'Mallory'
        assertEquals(List.of("Ada", "Bob", "Carol", "Dave", "Erin"), names(partners.candidateChoices()));
    }

    @Test
    void enumConstantBooleanOrAndParentheses() {
        // status = 'ACTIVE' and (score >= 10 or vip = true)
        assertEquals(List.of("Ada", "Bob"), names(delegates.candidateChoices()));
    }

    @Test
    void andBindsTighterThanOr() {
        // vip = true or score >= 10 and status = 'ACTIVE', read as vip = true or (score >= 10 and status = 'ACTIVE')
        assertEquals(List.of("Ada", "Bob", "Erin"), names(finalists.candidateChoices()));
    }

    @Test
    void notEqualToNullMeansIsNotNull() {
        // nickname != null
        assertEquals(List.of("Ada", "Mallory", "Erin"), names(celebrities.candidateChoices()));
    }

    @Test
    void equalToNullMeansIsNull() {
        // nickname = null
        assertEquals(List.of("Bob", "Carol", "Dave"), names(strangers.candidateChoices()));
    }

    @Test
    void choicesLeaveOutCandidatesAlreadyLinkedThroughThatRelationOnly() {
        seniors.insert(new Senior(0, ada.id()));
        juniors.insert(new Junior(0, bob.id()));

        assertEquals(List.of("Mallory", "Carol", "Erin"), names(seniors.candidateChoices()));
        assertEquals(List.of("Ada", "Bob"), names(delegates.candidateChoices()), "links through other relations do not count");
    }

    @Test
    void choicesFollowChangesToTheCandidates() {
        candidates.update(new Candidate(dave.id(), "Dave", 12, false, Status.ACTIVE, "Davy"));

        assertEquals(List.of("Ada", "Mallory", "Carol", "Dave", "Erin"), names(seniors.candidateChoices()));
        assertEquals(List.of("Ada", "Mallory", "Dave", "Erin"), names(celebrities.candidateChoices()));
    }

    @Test
    void writesLinkingAMatchingCandidateAreAllowed() {
        seniors.insert(new Senior(0, carol.id()));
        strangers.insert(new Stranger(0, bob.id()));
        celebrities.insert(new Celebrity(0, erin.id()));
        delegates.insert(new Delegate(0, bob.id()));
        finalists.insert(new Finalist(0, erin.id()));
        rookies.insert(new Rookie(0, dave.id()));

        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), List.of(seniors.count(), strangers.count(), celebrities.count(),
                delegates.count(), finalists.count(), rookies.count()));
    }

    @Test
    void writesLinkingACandidateTheConditionExcludesAreRefusedAndWriteNothing() {
        assertRefused(bob, () -> seniors.insert(new Senior(0, bob.id())));
        assertRefused(ada, () -> juniors.insert(new Junior(0, ada.id())));
        assertRefused(erin, () -> contenders.insert(new Contender(0, erin.id())));
        assertRefused(ada, () -> rookies.insert(new Rookie(0, ada.id())));
        assertRefused(mallory, () -> partners.insert(new Partner(0, mallory.id())));
        assertRefused(dave, () -> delegates.insert(new Delegate(0, dave.id())));
        assertRefused(carol, () -> finalists.insert(new Finalist(0, carol.id())));
        assertRefused(bob, () -> celebrities.insert(new Celebrity(0, bob.id())));
        assertRefused(ada, () -> strangers.insert(new Stranger(0, ada.id())));

        assertEquals(0, seniors.count() + juniors.count() + contenders.count() + rookies.count() + partners.count()
                + delegates.count() + finalists.count() + celebrities.count() + strangers.count());
    }

    @Test
    void updateToACandidateTheConditionExcludesIsRefused() {
        Senior senior = seniors.insert(new Senior(0, ada.id()));

        assertRefused(dave, () -> seniors.update(new Senior(senior.id(), dave.id())));

        assertEquals(List.of(senior), seniors.findAll());
    }
}
