package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.RelataException;
import dev.relata.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Schemas#create} where DDL is not transactional: statement by statement, in auto-commit mode. */
class SchemasTest {
    private final TestDatabase h2 = TestDatabase.create();

    @AfterEach
    void drop() {
        h2.close();
    }

    @Test
    void everyStatementRunsInOrder() {
        Database db = h2.database();

        Schemas.create(db, List.of(sql("CREATE TABLE {a} ({id} BIGINT PRIMARY KEY)"),
                sql("CREATE TABLE {b} ({id} BIGINT PRIMARY KEY, {a_id} BIGINT)"),
                sql("ALTER TABLE {b} ADD CONSTRAINT {fk_b_a_id} FOREIGN KEY ({a_id}) REFERENCES {a} ({id})")));

        h2.execute("INSERT INTO {a} ({id}) VALUES (1)", "INSERT INTO {b} ({id}, {a_id}) VALUES (1, 1)");
        assertEquals(1, h2.count("b"));
    }

    @Test
    void aFailedStatementIsNamedWithHowManyRanBeforeItWhichRemain() {
        Database db = h2.database();
        String broken = sql("CREATE TABLE {b} ({id} NO_SUCH_TYPE)");

        RelataException failure = assertThrows(RelataException.class, () -> Schemas.create(db,
                List.of(sql("CREATE TABLE {a} ({id} BIGINT PRIMARY KEY)"), broken, sql("CREATE TABLE {c} ({id} BIGINT)"))));

        assertTrue(failure.getMessage().startsWith("Creating the schema failed at statement 2 of 3 (" + broken + "): "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("the 1 before it remain"), failure.getMessage());
        assertInstanceOf(SQLException.class, failure.getCause());
        assertEquals(0, h2.count("a"), "the table of the statement before is there, empty");
        assertThrows(IllegalStateException.class, () -> h2.count("c"), "no statement after the failed one ran");
    }

    private String sql(String template) {
        return Sql.of(h2.dialect(), template).text();
    }
}
