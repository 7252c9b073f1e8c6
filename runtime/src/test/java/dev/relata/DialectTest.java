package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {

    @Test
    void h2QuotesInDoubleQuotesUpperCased() {
        assertEquals("\"USER\"", Dialect.H2.quote("user"));
        assertEquals("\"PAGE_NAME\"", Dialect.H2.quote("page_name"));
    }

    @Test
    void postgresqlQuotesLowerCaseIdentifiersInDoubleQuotesUnchanged() {
        assertEquals("\"user\"", Dialect.POSTGRESQL.quote("user"));
        assertEquals("\"page_ptr_id\"", Dialect.POSTGRESQL.quote("page_ptr_id"));
    }

    @Test
    void mariadbQuotesInBackticks() {
        assertEquals("`like`", Dialect.MARIADB.quote("like"));
        assertEquals("`user_id`", Dialect.MARIADB.quote("user_id"));
    }

    @Test
    void foldGivesTheCaseAnUnquotedIdentifierIsStoredIn() {
        assertEquals("PAGE_PTR_ID", Dialect.H2.fold("page_ptr_id"));
        assertEquals("page_ptr_id", Dialect.POSTGRESQL.fold("page_ptr_id"));
        assertEquals("page_ptr_id", Dialect.MARIADB.fold("page_ptr_id"));
    }

    @Test
    void sqlRendersIdentifiersAndTheShareLockPerDialect() {
        String template = "SELECT {id}, {user_id} FROM {profile} WHERE {id} = ? {FOR SHARE}";

        assertEquals("SELECT \"ID\", \"USER_ID\" FROM \"PROFILE\" WHERE \"ID\" = ? FOR UPDATE",
                Sql.of(Dialect.H2, template).text());
        assertEquals("SELECT \"id\", \"user_id\" FROM \"profile\" WHERE \"id\" = ? FOR SHARE",
                Sql.of(Dialect.POSTGRESQL, template).text());
        assertEquals("SELECT `id`, `user_id` FROM `profile` WHERE `id` = ? LOCK IN SHARE MODE",
                Sql.of(Dialect.MARIADB, template).text());
    }

    @Test
    void sqlRendersARowOfDefaultsPerDialect() {
        String template = "INSERT INTO {tag} {DEFAULT VALUES}";

        assertEquals("INSERT INTO \"TAG\" DEFAULT VALUES", Sql.of(Dialect.H2, template).text());
        assertEquals("INSERT INTO \"tag\" DEFAULT VALUES", Sql.of(Dialect.POSTGRESQL, template).text());
        assertEquals("INSERT INTO `tag` () VALUES ()", Sql.of(Dialect.MARIADB, template).text());
    }

    @Test
    void sqlLeavesATemplateWithoutBracesAsItIs() {
        String plain = "SELECT COUNT(*) FROM t WHERE a = ? AND b <> '}'";

        assertEquals(plain, Sql.of(Dialect.POSTGRESQL, plain).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT {id FROM {user}", "SELECT * FROM {user", "{"})
    void sqlRefusesAnUnclosedBrace(String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sql.of(Dialect.H2, template).text());
        assertTrue(e.getMessage().contains(template), e.getMessage());
    }

    @Test
    void renderedH2StatementRunsAgainstReservedWordTables() throws SQLException {
        try (TestDatabase h2 = TestDatabase.create()) {
            h2.execute("CREATE TABLE {user} ({id} BIGINT PRIMARY KEY, {order} INT)",
                    "INSERT INTO {user} ({id}, {order}) VALUES (7, 3)");
            String sql = Sql.of(Dialect.H2, "SELECT {order} FROM {user} WHERE {id} = ? {FOR SHARE}").text();
            try (Connection connection = h2.connection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setLong(1, 7);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(3, rs.getInt(1));
                    }
                }
                connection.rollback();
            }
        }
    }

    @Test
    void quotedH2IdentifiersAreFoundByUnquotedHandWrittenSql() throws SQLException {
        try (TestDatabase h2 = TestDatabase.create()) {
            h2.execute("CREATE TABLE {page_like} ({id} BIGINT PRIMARY KEY, {like_count} INT)",
                    "INSERT INTO {page_like} ({id}, {like_count}) VALUES (1, 42)");
            try (Connection connection = h2.connection();
                    PreparedStatement ps = connection.prepareStatement("SELECT like_count FROM page_like");
                    ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "H2, H2",
        "PostgreSQL, POSTGRESQL",
        "MariaDB, MARIADB",
        "MySQL, MARIADB",
    })
    void detectsTheDialectFromTheProductName(String productName, Dialect expected) throws SQLException {
        assertEquals(expected, Dialect.detect(DataSources.metaData(productName)));
    }

    @Test
    void detectRefusesAnUnknownProduct() throws SQLException {
        RelataException e = assertThrows(RelataException.class,
                () -> Dialect.detect(DataSources.metaData("Oracle")));
        assertTrue(e.getMessage().contains("Oracle"), e.getMessage());
    }
}
