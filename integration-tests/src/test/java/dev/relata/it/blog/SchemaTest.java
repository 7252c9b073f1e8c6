package dev.relata.it.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.it.Ddl;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code RelataSchema} of the blog package: the DDL Django would create for the
 * seed's models, in an order that runs.
 */
class SchemaTest {
    final Ddl h2 = Ddl.of(RelataSchema.statements(Dialect.H2), Dialect.H2);

    @Test
    void createsOneTablePerModelNamedInSnakeCase() {
        for (String table : List.of("user", "profile", "page", "like")) {
            h2.createTable(table);
        }
    }

    @Test
    void createsEveryTableAfterTheTablesItLinksTo() {
        assertTrue(h2.positionOf("user") < h2.positionOf("profile"), h2::toString);
        assertTrue(h2.positionOf("profile") < h2.positionOf("page"), h2::toString);
        assertTrue(h2.positionOf("page") < h2.positionOf("like"), h2::toString);
    }

    @Test
    void everyOneToOneColumnIsUniqueWithAForeignKeyThatCascades() {
        h2.assertUnique("profile", "user_id");
        assertEquals("CASCADE", h2.onDelete("profile", "user_id", "user", "id"));

        h2.assertUnique("page", "profile_id");
        assertEquals("CASCADE", h2.onDelete("page", "profile_id", "profile", "id"));
    }

    @Test
    void theParentLinkIsTheChildsPrimaryKeyAndCascades() {
        h2.assertPrimaryKey("like", "page_ptr_id");
        assertEquals("CASCADE", h2.onDelete("like", "page_ptr_id", "page", "id"));
    }

    @Test
    void columnsAreNotNullAndStringsAreVarchar255() {
        String profile = h2.createTable("profile");

        for (String column : List.of("user_id", "name", "city")) {
            assertTrue(Pattern.compile("(?is)" + Pattern.quote(Dialect.H2.quote(column)) + "[^,]*\\bNOT\\s+NULL\\b")
                    .matcher(profile).find(), () -> column + " NOT NULL in " + profile);
        }
        assertTrue(Pattern.compile("(?is)" + Pattern.quote(Dialect.H2.quote("name")) + "\\s+VARCHAR\\s*\\(\\s*255\\s*\\)")
                .matcher(profile).find(), () -> "name VARCHAR(255) in " + profile);
    }

    @Test
    void statementsAreTheSameOnEveryCall() {
        assertEquals(RelataSchema.statements(Dialect.H2), RelataSchema.statements(Dialect.H2));
    }

    @Test
    void everyDialectQuotesTheReservedTableNamesItsOwnWay() {
        for (Dialect dialect : Dialect.values()) {
            Ddl ddl = Ddl.of(RelataSchema.statements(dialect), dialect);
            ddl.createTable("user");
            ddl.createTable("like");
            assertEquals("CASCADE", ddl.onDelete("profile", "user_id", "user", "id"));
        }
    }

    @Test
    void statementsRunInTheirOrderOnAnEmptyDatabase() {
        TestDatabase empty = TestDatabase.with();
        try {
            empty.db().withConnection(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : RelataSchema.statements(empty.dialect())) {
                        statement.execute(sql);
                    }
                }
                return null;
            });

            UserDao users = new UserDao(empty.db());
            User ada = users.insert(new User(0, "ada", true));
            assertEquals(Optional.of(ada), users.findById(ada.id()));
        } finally {
            empty.close();
        }
    }

    @Test
    void theTablesAndColumnsHaveTheNamesTheDesignFixes() {
        TestDatabase database = TestDatabase.with(ModelPackage.BLOG);
        try {
            BlogData blog = new BlogData(database.db());
            Like like = blog.likeOf(blog.newProfile("ada"), "home", 7);

            assertEquals("ada", database.queryValue("SELECT {username} FROM {user} WHERE {is_staff} = ?", true));
            assertEquals("home", database.queryValue("SELECT {page_name} FROM {page} WHERE {id} = ?", like.page().id()));
            assertEquals(7, ((Number) database.queryValue("SELECT {likes} FROM {like} WHERE {page_ptr_id} = ?",
                    like.page().id())).intValue());
            assertNotNull(database.queryValue("SELECT {user_id} FROM {profile}"));
        } finally {
            database.close();
        }
    }
}
