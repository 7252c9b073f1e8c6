package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code RelataSchema.validate} on a database that drifted from the models after {@code create}: a
 * dropped column, a shorter text column, a column made nullable, a dropped UNIQUE and foreign keys, a
 * foreign key with another delete rule. Each is named, and nothing else.
 */
class SchemaDriftTest {
    @Test
    void everyDriftIsNamed() {
        TestDatabase database = TestDatabase.with(ModelPackage.BLOG);
        try {
            List<String> statements = switch (database.dialect()) {
                case H2 -> List.of(
                        "ALTER TABLE {profile} DROP COLUMN {city}",
                        "ALTER TABLE {profile} ALTER COLUMN {name} SET DATA TYPE VARCHAR(100)",
                        "ALTER TABLE {page} ALTER COLUMN {page_name} SET NULL",
                        "ALTER TABLE {page} DROP CONSTRAINT {fk_page_profile_id}",
                        "ALTER TABLE {page} DROP CONSTRAINT {uq_page_profile_id}",
                        "ALTER TABLE {profile} DROP CONSTRAINT {fk_profile_user_id}",
                        "ALTER TABLE {profile} ADD CONSTRAINT {fk_profile_user_id} FOREIGN KEY ({user_id}) REFERENCES {user} ({id}) ON DELETE RESTRICT",
                        "ALTER TABLE {like} DROP CONSTRAINT {fk_like_page_ptr_id}");
                case POSTGRESQL -> List.of(
                        "ALTER TABLE {profile} DROP COLUMN {city}",
                        "ALTER TABLE {profile} ALTER COLUMN {name} TYPE VARCHAR(100)",
                        "ALTER TABLE {page} ALTER COLUMN {page_name} DROP NOT NULL",
                        "ALTER TABLE {page} DROP CONSTRAINT {fk_page_profile_id}",
                        "ALTER TABLE {page} DROP CONSTRAINT {uq_page_profile_id}",
                        "ALTER TABLE {profile} DROP CONSTRAINT {fk_profile_user_id}",
                        "ALTER TABLE {profile} ADD CONSTRAINT {fk_profile_user_id} FOREIGN KEY ({user_id}) REFERENCES {user} ({id}) ON DELETE RESTRICT",
                        "ALTER TABLE {like} DROP CONSTRAINT {fk_like_page_ptr_id}");
                case MARIADB -> List.of(
                        "ALTER TABLE {profile} DROP COLUMN {city}",
                        "ALTER TABLE {profile} MODIFY {name} VARCHAR(100) NOT NULL",
                        "ALTER TABLE {page} MODIFY {page_name} VARCHAR(255) NULL",
                        "ALTER TABLE {page} DROP FOREIGN KEY {fk_page_profile_id}",
                        "ALTER TABLE {page} DROP INDEX {uq_page_profile_id}",
                        "ALTER TABLE {profile} DROP FOREIGN KEY {fk_profile_user_id}",
                        "ALTER TABLE {profile} ADD CONSTRAINT {fk_profile_user_id} FOREIGN KEY ({user_id}) REFERENCES {user} ({id}) ON DELETE RESTRICT",
                        "ALTER TABLE {like} DROP FOREIGN KEY {fk_like_page_ptr_id}");
            };
            for (String statement : statements) {
                database.execute(statement);
            }

            RelataException e = assertThrows(RelataException.class, () -> ModelPackage.BLOG.validateSchema(database.db()));

            String message = e.getMessage();
            for (String problem : List.of("column `profile.city` is missing",
                    "column `profile.name` holds 100 characters, but the model says 255",
                    "column `page.page_name` accepts NULL",
                    "column `page.profile_id` has no UNIQUE constraint of its own",
                    "the foreign key of `page.profile_id` is missing",
                    "the foreign key of `profile.user_id` is ON DELETE RESTRICT (or NO ACTION), but onDelete = CASCADE",
                    "the foreign key of `like.page_ptr_id` is missing")) {
                assertTrue(message.contains(problem), () -> problem + " in " + message);
            }
            assertEquals(7, message.split("\n  - ").length - 1, message);
        } finally {
            database.close();
        }
    }
}
