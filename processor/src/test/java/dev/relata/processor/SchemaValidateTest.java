package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Database;
import dev.relata.RelataException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code RelataSchema.validate(Database)}: passes on the schema {@code create} made, and names
 * every table, column, key and foreign key that differs from the models.
 */
class SchemaValidateTest {
    private final GeneratedClasses classes = new GeneratedClasses(Compilations.compileStrictly(Seed.models()).compilation());
    private final Database db = GeneratedClasses.h2();

    private void validate() {
        classes.callStatic(Seed.PACKAGE + ".RelataSchema", "validate", db);
    }

    private void execute(String... statements) {
        db.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    @Test
    void passesOnTheSchemaCreateMade() {
        classes.callStatic(Seed.PACKAGE + ".RelataSchema", "create", db);

        validate();
    }

    @Test
    void namesEveryMissingTableOfAnEmptyDatabase() {
        RelataException e = assertThrows(RelataException.class, this::validate);

        assertThat(e).hasMessageThat().contains("The database does not match the models of " + Seed.PACKAGE);
        for (String table : new String[] {"user", "profile", "page", "like"}) {
            assertThat(e).hasMessageThat().contains("table `" + table + "` is missing");
        }
    }

    @Test
    void namesAMissingColumnANullableOneAShorterOneAChangedDeleteRuleAndMissingConstraints() {
        classes.callStatic(Seed.PACKAGE + ".RelataSchema", "create", db);
        execute("ALTER TABLE \"PROFILE\" DROP COLUMN \"CITY\"",
                "ALTER TABLE \"USER\" ALTER COLUMN \"USERNAME\" SET DATA TYPE VARCHAR(100)",
                "ALTER TABLE \"PAGE\" ALTER COLUMN \"PAGE_NAME\" DROP NOT NULL",
                "ALTER TABLE \"PAGE\" DROP CONSTRAINT \"FK_PAGE_PROFILE_ID\"",
                "ALTER TABLE \"PAGE\" ADD CONSTRAINT \"FK_PAGE_PROFILE_ID\" FOREIGN KEY (\"PROFILE_ID\") REFERENCES"
                        + " \"PROFILE\" (\"ID\") ON DELETE RESTRICT",
                "ALTER TABLE \"PROFILE\" DROP CONSTRAINT \"FK_PROFILE_USER_ID\"",
                "ALTER TABLE \"PROFILE\" DROP CONSTRAINT \"UQ_PROFILE_USER_ID\"");

        RelataException e = assertThrows(RelataException.class, this::validate);

        assertThat(e).hasMessageThat().contains("column `profile.city` is missing");
        assertThat(e).hasMessageThat().contains("column `user.username` holds 100 characters, but the model says 255");
        assertThat(e).hasMessageThat().contains("column `page.page_name` accepts NULL, but the model says NOT NULL");
        assertThat(e).hasMessageThat().contains("the foreign key of `page.profile_id` is ON DELETE RESTRICT (or NO ACTION),"
                + " but onDelete = CASCADE needs ON DELETE CASCADE");
        assertThat(e).hasMessageThat().contains("column `profile.user_id` has no UNIQUE constraint of its own");
        assertThat(e).hasMessageThat().contains("the foreign key of `profile.user_id` is missing");
        assertThat(e).hasMessageThat().doesNotContain("`like");
    }
}
