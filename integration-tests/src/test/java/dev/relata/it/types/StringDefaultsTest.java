package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code @Default} string is the column's SQL default character for character, on every database:
 * a row inserted without the column by SQL of the user's own gets exactly the Java string.
 */
class StringDefaultsTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    @Test
    void backslashesQuotesAndUnicodeInDefaultsAreStoredAsWritten() {
        database.execute("INSERT INTO {template} ({body}) VALUES (?)", "b");

        List<Object> stored = List.of(
                database.queryValue("SELECT {path} FROM {template}"),
                database.queryValue("SELECT {tail} FROM {template}"),
                database.queryValue("SELECT {quote} FROM {template}"),
                database.queryValue("SELECT {unicode} FROM {template}"));
        assertEquals(List.of("C:\\new\\table", "ends\\", "it's \\'quoted\\'", "naïve € \\n"), stored);
    }

    @Test
    void theDaoInsertsTheGivenValuesNotTheDefaults() {
        TemplateDao templates = new TemplateDao(database.db());
        Template template = templates.insert(new Template(0, "p", "t", "q", "u", "b"));

        assertEquals(template, templates.findById(template.id()).orElseThrow());
    }
}
