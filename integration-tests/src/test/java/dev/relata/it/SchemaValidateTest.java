package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
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

    /**
     * The metadata takes a table's name as a pattern, whose {@code _} matches any character: the
     * columns of a table named like the model's but for that character are not the model's.
     */
    @Test
    void aTableWhoseNameMatchesTheModelsTableAsAPatternIsNotReadAsIt() {
        TestDatabase database = TestDatabase.with(ModelPackage.TYPES);
        try {
            database.execute("CREATE TABLE {allxtypes} ({amount} VARCHAR(3), {extra} INTEGER)");

            ModelPackage.TYPES.validateSchema(database.db());

            database.execute("ALTER TABLE {all_types} DROP COLUMN {amount}");
            RelataException e = assertThrows(RelataException.class, () -> ModelPackage.TYPES.validateSchema(database.db()));
            assertTrue(e.getMessage().contains("column `all_types.amount` is missing"), e::getMessage);
            assertEquals(1, e.getMessage().split("\n  - ").length - 1, e::getMessage);
        } finally {
            database.close();
        }
    }

    /**
     * A float column was a FLOAT on MariaDB before it was a DOUBLE, and a FLOAT reads back with 6
     * digits: such a column is named, with the statement that fixes it. Elsewhere a float column is
     * a REAL, and passes.
     */
    @Test
    void aFloatColumnThatMariaDbSendsWithSixDigitsFailsNamingTheFix() {
        TestDatabase database = TestDatabase.with(ModelPackage.TYPES);
        try {
            if (database.dialect() == Dialect.MARIADB) {
                database.execute("ALTER TABLE {all_types} MODIFY {ratio} FLOAT NOT NULL");

                RelataException e = assertThrows(RelataException.class, () -> ModelPackage.TYPES.validateSchema(database.db()));

                assertTrue(e.getMessage().contains("column `all_types.ratio` is FLOAT, which MariaDB sends with 6 significant"
                        + " digits, so that values read back changed: make it DOUBLE (ALTER TABLE `all_types` MODIFY `ratio`"
                        + " DOUBLE NOT NULL)"), e::getMessage);
                assertEquals(1, e.getMessage().split("\\n  - ").length - 1, e::getMessage);
            } else {
                database.execute("ALTER TABLE {all_types} ALTER COLUMN {ratio} "
                        + (database.dialect() == Dialect.H2 ? "SET DATA TYPE REAL" : "TYPE REAL"));

                ModelPackage.TYPES.validateSchema(database.db());
            }
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
