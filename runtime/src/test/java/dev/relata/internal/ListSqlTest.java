package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.Dialect;
import org.junit.jupiter.api.Test;

class ListSqlTest {
    private static final String FINDER = "SELECT t0.{id} FROM {profile} t0 WHERE t0.{city} IN (??) AND t0.{name} LIKE ?"
            + " AND t0.{id} IN (??) ORDER BY t0.{id} LIMIT ? OFFSET ?";

    @Test
    void eachListBecomesAsManyPlaceholdersAsItHasValues() {
        ListSql sql = ListSql.of(Dialect.MARIADB, FINDER);

        assertEquals(2, sql.lists());
        assertEquals("SELECT t0.`id` FROM `profile` t0 WHERE t0.`city` IN (?, ?, ?) AND t0.`name` LIKE ?"
                + " AND t0.`id` IN (?) ORDER BY t0.`id` LIMIT ? OFFSET ?", sql.expand(3, 1).text());
    }

    @Test
    void anEmptyListMatchesNoRow() {
        ListSql sql = ListSql.of(Dialect.POSTGRESQL, FINDER);

        assertEquals("SELECT t0.\"id\" FROM \"profile\" t0 WHERE t0.\"city\" IN (NULL) AND t0.\"name\" LIKE ?"
                + " AND t0.\"id\" IN (?, ?) ORDER BY t0.\"id\" LIMIT ? OFFSET ?", sql.expand(0, 2).text());
    }

    @Test
    void theSizesMustMatchTheLists() {
        ListSql sql = ListSql.of(Dialect.H2, FINDER);

        assertThrows(IllegalArgumentException.class, () -> sql.expand(1));
        assertThrows(IllegalArgumentException.class, () -> ListSql.of(Dialect.H2, "SELECT 1"));
    }
}
