package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code RelataSchema.validate} reads each database's metadata right: every model package's schema,
 * as its {@code create} makes it (every column type, links, parents, each onDelete rule), passes,
 * and an empty database fails.
 */
class SchemaValidateTest {

    @ParameterizedTest
    @EnumSource(ModelPackage.class)
    void theSchemaCreateMakesPassesValidate(ModelPackage modelPackage) {
        TestDatabase database = TestDatabase.with(modelPackage);
        try {
            modelPackage.validateSchema(database.db());
        } finally {
            database.close();
        }
    }

    @Test
    void anEmptyDatabaseFailsNamingTheMissingTables() {
        TestDatabase database = TestDatabase.with();
        try {
            RelataException e = assertThrows(RelataException.class, () -> ModelPackage.BLOG.validateSchema(database.db()));
            assertTrue(e.getMessage().contains("table `profile` is missing"), e::getMessage);
        } finally {
            database.close();
        }
    }
}
