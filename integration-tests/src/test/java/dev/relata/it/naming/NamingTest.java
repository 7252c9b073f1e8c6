package dev.relata.it.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The names DESIGN fixes: keys, tables, columns, and reverse accessors with {@code relatedName}. */
class NamingTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.NAMING);

    final TeamDao teams = new TeamDao(database.db());
    final CoachDao coaches = new CoachDao(database.db());
    final MascotDao mascots = new MascotDao(database.db());
    final CaptainDao captains = new CaptainDao(database.db());
    final TeamSeasonDao seasons = new TeamSeasonDao(database.db());
    final FixtureDao fixtures = new FixtureDao(database.db());

    @Test
    void aComponentNamedIdIsTheKeyWithoutIdAnnotation() {
        Team team = teams.insert(new Team(0, "Rovers"));

        assertNotEquals(0, team.id());
        assertEquals(Optional.of(team), teams.findById(team.id()));
    }

    @Test
    void relatedNameNamesTheReverseAccessor() {
        Team team = teams.insert(new Team(0, "Rovers"));
        Coach coach = coaches.insert(new Coach(0, team.id(), "Clough"));

        assertEquals(Optional.of(coach), teams.headCoach(team));
        assertEquals(Map.of(team.id(), coach), teams.headCoachFor(List.of(team)));
        assertEquals(team, coaches.team(coach));
    }

    @Test
    void relatedNamePlusMeansNoReverseAccessor() {
        Team team = teams.insert(new Team(0, "Rovers"));
        Mascot mascot = mascots.insert(new Mascot(0, team.id(), "Rover the dog"));

        List<String> methods = Arrays.stream(TeamDao.class.getMethods()).map(Method::getName).toList();
        assertTrue(methods.stream().noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("mascot")),
                () -> "TeamDao has no accessor for Mascot: " + methods);
        assertEquals(team, mascots.team(mascot), "the forward accessor stays");
    }

    @Test
    void theDefaultReverseAccessorIsTheLinkingModelsNameInLowerCamelCase() {
        Team team = teams.insert(new Team(0, "Rovers"));
        Captain captain = captains.insert(new Captain(0, team.id(), "Keane"));

        assertEquals(Optional.of(captain), teams.captain(team));
    }

    @Test
    void columnNamesAreSnakeCaseOrWhatColumnAndOneToOneFieldSay() {
        Team team = teams.insert(new Team(0, "Rovers"));
        captains.insert(new Captain(0, team.id(), "Keane"));
        coaches.insert(new Coach(0, team.id(), "Clough"));
        seasons.insert(new TeamSeason(0, 1999));

        assertEquals("Keane", database.queryValue("SELECT {full_name} FROM {captain} WHERE {led_team} = ?", team.id()));
        assertEquals("Clough", database.queryValue("SELECT {name} FROM {coach} WHERE {team_id} = ?", team.id()));
        assertEquals(1999, ((Number) database.queryValue("SELECT {year_number} FROM {team_season}")).intValue());
    }

    @Test
    void modelTableNamesTheTable() {
        Fixture fixture = fixtures.insert(new Fixture(0, "United"));

        assertEquals(1, database.countRows("match_fixtures"));
        assertEquals(List.of(fixture), fixtures.findAll());
    }
}
