package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseOfTest {

    @Test
    void ofKeepsTheGivenDataSourceAndDialect() {
        try (TestDatabase h2 = TestDatabase.create()) {
            Database db = Database.of(h2.dataSource(), Dialect.POSTGRESQL);

            assertSame(h2.dataSource(), db.dataSource());
            assertEquals(Dialect.POSTGRESQL, db.dialect());
        }
    }

    @Test
    void ofDetectsH2FromTheConnectionsMetadata() {
        try (TestDatabase h2 = TestDatabase.create()) {
            Database db = Database.of(h2.dataSource());

            assertEquals(Dialect.H2, db.dialect());
        }
    }

    @Test
    void ofDetectsOtherProducts() {
        assertEquals(Dialect.POSTGRESQL, Database.of(DataSources.product("PostgreSQL")).dialect());
        assertEquals(Dialect.MARIADB, Database.of(DataSources.product("MariaDB")).dialect());
    }

    @Test
    void ofWrapsAFailedConnectionInARelataException() {
        RelataException e = assertThrows(RelataException.class, () -> Database.of(DataSources.unreachable()));

        assertInstanceOf(SQLException.class, e.getCause());
        assertEquals("08001", e.sqlState());
        assertTrue(e.getMessage().contains("Connection refused"), e.getMessage());
    }

    @Test
    void ofRefusesAnUnknownProduct() {
        DataSource oracle = DataSources.product("Oracle");

        assertThrows(RelataException.class, () -> Database.of(oracle));
    }

    @Test
    void ofRefusesMissingArguments() {
        try (TestDatabase h2 = TestDatabase.create()) {
            assertThrows(NullPointerException.class, () -> Database.of(null, Dialect.H2));
            assertThrows(NullPointerException.class, () -> Database.of(h2.dataSource(), null));
        }
    }
}
