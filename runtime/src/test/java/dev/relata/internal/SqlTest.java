package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTest {
    private static final String CHECK = "SELECT t0.{id} FROM {user} t0 WHERE (t0.{is_staff} = ? AND t0.{name} <> ?)"
            + " AND t0.{id} IN (?*) {FOR SHARE}";

    @Test
    void aListOfKeysBecomesOneArrayParameterWhereTheDialectHasArrays() {
        Sql sql = Sql.of(Dialect.POSTGRESQL, CHECK);

        assertTrue(sql.hasKeys());
        assertEquals(2, sql.leadingParameters());
        assertEquals("SELECT t0.\"id\" FROM \"user\" t0 WHERE (t0.\"is_staff\" = ? AND t0.\"name\" <> ?)"
                + " AND t0.\"id\" = ANY(?) FOR SHARE", sql.forArray());
    }

    @Test
    void aListOfKeysBecomesPlaceholdersOnMariaDb() {
        Sql sql = Sql.of(Dialect.MARIADB, CHECK);

        assertNull(sql.forArray());
        assertEquals(2, sql.leadingParameters());
        assertEquals("SELECT t0.`id` FROM `user` t0 WHERE (t0.`is_staff` = ? AND t0.`name` <> ?)"
                + " AND t0.`id` IN (?, ?, ?, ?) LOCK IN SHARE MODE", sql.forKeys(4));
        assertEquals("SELECT t0.`id` FROM `user` t0 WHERE (t0.`is_staff` = ? AND t0.`name` <> ?)"
                + " AND t0.`id` IN (?) LOCK IN SHARE MODE", sql.forKeys(1));
        assertSame(sql.forKeys(4), sql.forKeys(4), "each size is rendered once");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, -2})
    void aListSizeThatIsNoPowerOfTwoIsRefused(int size) {
        Sql sql = Sql.of(Dialect.MARIADB, CHECK);

        assertThrows(IllegalArgumentException.class, () -> sql.forKeys(size));
    }

    @Test
    void aKeysMarkerOutsideAnInListIsRefusedWhenTheStatementIsMade() {
        assertThrows(IllegalArgumentException.class, () -> Sql.of(Dialect.H2, "SELECT {id} FROM {t} WHERE {id} = ?*"));
    }

    @Test
    void aSingleRowInsertRepeatsItsRow() {
        Sql sql = Sql.of(Dialect.H2, "INSERT INTO {t} ({a}, {b}) VALUES (?, ?)");

        assertTrue(sql.hasRepeatableRow());
        assertFalse(sql.hasKeys());
        assertEquals(2, sql.parametersPerRow());
        assertEquals("INSERT INTO \"T\" (\"A\", \"B\") VALUES (?, ?), (?, ?), (?, ?)", sql.forRows(3));
        assertEquals("INSERT INTO \"T\" (\"A\", \"B\") VALUES (?, ?)", sql.forRows(1));
    }

    @Test
    void aRowOfDefaultsHasNoRowToRepeat() {
        Sql h2 = Sql.of(Dialect.H2, "INSERT INTO {t} {DEFAULT VALUES}");
        Sql mariaDb = Sql.of(Dialect.MARIADB, "INSERT INTO {t} {DEFAULT VALUES}");

        assertFalse(h2.hasRepeatableRow());
        assertFalse(mariaDb.hasRepeatableRow(), "() VALUES () holds no parameters to repeat: "
                + mariaDb.text());
        assertThrows(IllegalArgumentException.class, () -> h2.forRows(2));
    }

    @Test
    void aSingleRowInsertTakesALeadingKeyColumnWithItsParameter() {
        Sql sql = Sql.of(Dialect.POSTGRESQL, "INSERT INTO {odd (name} ({a}, {b}) VALUES (?, ?)");

        assertEquals("\"odd (name\"", sql.insertTable());
        Sql withKey = sql.withLeadingColumn("\"id\"");
        assertEquals("INSERT INTO \"odd (name\" (\"id\", \"a\", \"b\") VALUES (?, ?, ?)", withKey.text());
        assertEquals(3, withKey.parametersPerRow());
        assertSame(withKey, sql.withLeadingColumn("\"id\""), "made once");
    }

    @Test
    void onlyASingleRowInsertWithAColumnListHasATable() {
        assertNull(Sql.of(Dialect.POSTGRESQL, "INSERT INTO {t} {DEFAULT VALUES}").insertTable());
        assertNull(Sql.of(Dialect.POSTGRESQL, "UPDATE {t} SET {a} = ? WHERE {id} IN (?*)").insertTable());
        assertThrows(IllegalArgumentException.class,
                () -> Sql.of(Dialect.POSTGRESQL, "INSERT INTO {t} {DEFAULT VALUES}").withLeadingColumn("\"id\""));
    }
}
