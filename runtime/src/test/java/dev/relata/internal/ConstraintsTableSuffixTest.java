package dev.relata.internal;

import static dev.relata.internal.ConstraintFixtures.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Dialect;
import dev.relata.IntegrityException;
import dev.relata.OneToOneConflictException;
import dev.relata.RelataException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two unique columns of the table {@code item}, {@code code} and {@code code_item}, whose
 * constraints {@code uq_item_code} and {@code uq_item_code_item} read alike once a database appends
 * a suffix: the first with ShardingSphere's actual table {@code item} appended is the second's
 * name. Each constraint's table, and the way the statement reached the database, tell them apart,
 * whichever is declared first.
 */
class ConstraintsTableSuffixTest {
    private static final Constraints CODE_FIRST = Constraints.builder()
            .uniqueColumn("item", "uq_item_code", "Item", "code", "code")
            .uniqueColumn("item", "uq_item_code_item", "Item", "codeItem", "code_item")
            .build();

    private static final Constraints CODE_ITEM_FIRST = Constraints.builder()
            .uniqueColumn("item", "uq_item_code_item", "Item", "codeItem", "code_item")
            .uniqueColumn("item", "uq_item_code", "Item", "code", "code")
            .build();

    private static final String POSTGRESQL = "ERROR: duplicate key value violates unique constraint \"%s\"\n"
            + "  Detail: Key (code)=(a) already exists.";

    /** A message, how it reached the database, and the component whose constraint it names. */
    static Stream<Arguments> violations() {
        List<Arguments> cases = List.of(
                // Through ShardingSphere-JDBC, actual tables named as the logical one, on two databases.
                Arguments.of(POSTGRESQL.formatted("uq_item_code_item"), Dialect.POSTGRESQL, true, "code"),
                Arguments.of(POSTGRESQL.formatted("uq_item_code_item_item"), Dialect.POSTGRESQL, true, "codeItem"),
                // Through ShardingSphere-JDBC, actual tables item_0 and item_1, or s_item_0 and s_item_1.
                Arguments.of(POSTGRESQL.formatted("uq_item_code_item_0"), Dialect.POSTGRESQL, true, "code"),
                Arguments.of(POSTGRESQL.formatted("uq_item_code_item_item_1"), Dialect.POSTGRESQL, true, "codeItem"),
                Arguments.of(POSTGRESQL.formatted("uq_item_code_s_item_1"), Dialect.POSTGRESQL, true, "code"),
                Arguments.of(POSTGRESQL.formatted("uq_item_code_item_s_item_1"), Dialect.POSTGRESQL, true, "codeItem"),
                Arguments.of("Duplicate entry 'a' for key 'uq_item_code_item_0'", Dialect.MARIADB, true, "code"),
                Arguments.of("Duplicate entry 'a' for key 'item_0.uq_item_code_item_item_0'", Dialect.MARIADB, true,
                        "codeItem"),
                // PostgreSQL on its own, and Citus's shards.
                Arguments.of(POSTGRESQL.formatted("uq_item_code_item"), Dialect.POSTGRESQL, false, "codeItem"),
                Arguments.of(POSTGRESQL.formatted("uq_item_code"), Dialect.POSTGRESQL, false, "code"),
                Arguments.of(POSTGRESQL.formatted("uq_item_code_item_102268"), Dialect.POSTGRESQL, false, "codeItem"),
                Arguments.of(POSTGRESQL.formatted("uq_item_code_102270"), Dialect.POSTGRESQL, false, "code"),
                // H2's index of a constraint, and MariaDB's own names.
                Arguments.of("Unique index or primary key violation: \"PUBLIC.UQ_ITEM_CODE_ITEM_INDEX_2 ON PUBLIC.ITEM(CODE_ITEM"
                        + " NULLS FIRST) VALUES ( /* 1 */ 'a' )\"", Dialect.H2, false, "codeItem"),
                Arguments.of("Unique index or primary key violation: \"PUBLIC.UQ_ITEM_CODE_INDEX_1B ON PUBLIC.ITEM(CODE"
                        + " NULLS FIRST) VALUES ( /* 1 */ 'a' )\"", Dialect.H2, false, "code"),
                Arguments.of("Duplicate entry 'a' for key 'item.uq_item_code_item'", Dialect.MARIADB, false, "codeItem"),
                Arguments.of("Duplicate entry 'a' for key 'uq_item_code'", Dialect.MARIADB, false, "code"));
        return Stream.of(CODE_FIRST, CODE_ITEM_FIRST).flatMap(catalogue -> cases.stream().map(c -> {
            Object[] values = c.get();
            return Arguments.of(catalogue == CODE_FIRST ? "code first" : "code_item first", catalogue, values[0],
                    values[1], values[2], values[3]);
        }));
    }

    @ParameterizedTest(name = "{0}: {2} on {3}, through ShardingSphere: {4}")
    @MethodSource("violations")
    void aSuffixThatFitsTheConstraintsTableAndTheRouteNamesIt(String order, Constraints catalogue, String message,
            Dialect dialect, boolean shardingSphere, String component) {
        SQLException e = new SQLException(message, dialect == Dialect.MARIADB ? "23000" : "23505",
                dialect == Dialect.MARIADB ? 1062 : 0);

        RelataException translated = catalogue.translate(e, dialect, shardingSphere);

        IntegrityException unique = assertExactly(IntegrityException.class, translated);
        assertTrue(unique.getMessage().contains("'Item." + component + "' is unique"), unique.getMessage());
    }

    @Test
    void aNumberOrIndexSuffixIsNotTakenThroughShardingSphereNorATableSuffixWithoutIt() {
        Constraints catalogue = Constraints.builder()
                .uniqueColumn("item", "uq_item_code", "Item", "code", "code")
                .build();

        assertNotNamed(catalogue, POSTGRESQL.formatted("uq_item_code_102268"), Dialect.POSTGRESQL, true);
        assertNotNamed(catalogue, POSTGRESQL.formatted("uq_item_code_item_0"), Dialect.POSTGRESQL, false);
        assertNotNamed(catalogue, POSTGRESQL.formatted("uq_item_code_index_2"), Dialect.POSTGRESQL, false);
        assertNotNamed(catalogue, "Unique index or primary key violation: \"PUBLIC.UQ_ITEM_CODE_INDEX_G ON PUBLIC.ITEM(CODE"
                + " NULLS FIRST) VALUES ( /* 1 */ 'a' )\"", Dialect.H2, false);
        assertNotNamed(catalogue, POSTGRESQL.formatted("uq_item_code_other_0"), Dialect.POSTGRESQL, true);
        assertNotNamed(catalogue, POSTGRESQL.formatted("uq_item_code_itemx"), Dialect.POSTGRESQL, true);
        assertNotNamed(catalogue, "Duplicate entry 'a' for key 'uq_item_code_1'", Dialect.MARIADB, false);
    }

    /** The primary key of {@code profile} is its one-to-one link to a user. */
    private static final Constraints KEYED_BY_USER = Constraints.builder()
            .uniqueColumn("profile", "uq_profile_handle", "Profile", "handle", "handle")
            .primaryKeyLink("profile", "Profile", "user", "User")
            .build();

    @Test
    void postgresqlsPrimaryKeyNameNamesTheActualTableTheKeyIsOn() {
        assertPrimaryKey(POSTGRESQL.formatted("profile_pkey"), false);
        assertPrimaryKey(POSTGRESQL.formatted("profile_pkey_102268"), false);
        assertPrimaryKey(POSTGRESQL.formatted("profile_pkey"), true);
        assertPrimaryKey(POSTGRESQL.formatted("profile_1_pkey"), true);
        assertPrimaryKey(POSTGRESQL.formatted("s_profile_1_pkey"), true);
    }

    @Test
    void anotherTablesPrimaryKeyIsNoConflictOfTheLink() {
        assertNotNamed(KEYED_BY_USER, POSTGRESQL.formatted("profile_1_pkey"), Dialect.POSTGRESQL, false);
        assertNotNamed(KEYED_BY_USER, POSTGRESQL.formatted("profile_archive_pkey"), Dialect.POSTGRESQL, false);
        assertNotNamed(KEYED_BY_USER, POSTGRESQL.formatted("profile_archive_pkey"), Dialect.POSTGRESQL, true);
        assertNotNamed(KEYED_BY_USER, POSTGRESQL.formatted("userprofile_pkey"), Dialect.POSTGRESQL, true);
        assertNotNamed(KEYED_BY_USER, POSTGRESQL.formatted("profile_pkey_102268"), Dialect.POSTGRESQL, true);
    }

    private static void assertPrimaryKey(String message, boolean shardingSphere) {
        RelataException translated = KEYED_BY_USER.translate(new SQLException(message, "23505"), Dialect.POSTGRESQL,
                shardingSphere);

        OneToOneConflictException conflict = assertExactly(OneToOneConflictException.class, translated);
        assertEquals("user", conflict.relation());
    }

    /** Asserts that the violation is a plain integrity failure, with the database's own message. */
    private static void assertNotNamed(Constraints catalogue, String message, Dialect dialect, boolean shardingSphere) {
        SQLException e = new SQLException(message, dialect == Dialect.MARIADB ? "23000" : "23505",
                dialect == Dialect.MARIADB ? 1062 : 0);

        RelataException translated = catalogue.translate(e, dialect, shardingSphere);

        assertEquals(message, assertExactly(IntegrityException.class, translated).getMessage(), message);
    }
}
