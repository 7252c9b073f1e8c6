package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aColumnOfAnotherKindOfTypeFailsNamingIt() {
        TestDatabase database = TestDatabase.with(ModelPackage.TYPES);
        try {
            // A migration gone wrong: the decimal column made an integer one, which would round every value.
            String alter = switch (database.dialect()) {
                case H2 -> "ALTER TABLE {all_types} ALTER COLUMN {amount} SET DATA TYPE INTEGER";
                case POSTGRESQL -> "ALTER TABLE {all_types} ALTER COLUMN {amount} TYPE INTEGER";
                case MARIADB -> "ALTER TABLE {all_types} MODIFY {amount} INTEGER NOT NULL";
            };
            database.execute(alter);

            RelataException e = assertThrows(RelataException.class, () -> ModelPackage.TYPES.validateSchema(database.db()));

            assertTrue(e.getMessage().contains("column `all_types.amount` is "), e::getMessage);
            assertTrue(e.getMessage().contains(", but the model needs an exact decimal type there"), e::getMessage);
            assertEquals(1, e.getMessage().split("\n  - ").length - 1, e::getMessage);
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
