package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.internal.Constraints;
import dev.relata.internal.Engine;
import dev.relata.internal.Sql;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A constraint's name in a failure is read by the way the statement reached the database, which the
 * engine tells by its data source's connections. The schema is the one ShardingSphere-JDBC makes on
 * a shard whose actual table {@code item} has the logical table's name: the foreign keys
 * {@code fk_item_code} and {@code fk_item_code_item} are created as {@code fk_item_code_item} and
 * {@code fk_item_code_item_item}, the first of which reads as the second's name. Here H2 stands for
 * the shard, behind connections whose metadata report ShardingSphere's URL, or their own.
 */
class ConstraintRouteTest {
    private static final Constraints ITEM = Constraints.builder()
            .foreignKey("item", "fk_item_code", "Item", "code", "Owner", OnDelete.CASCADE)
            .foreignKey("item", "fk_item_code_item", "Item", "codeItem", "Owner", OnDelete.CASCADE)
            .build();

    private TestDatabase h2;

    @BeforeEach
    void createSchema() {
        h2 = TestDatabase.create();
        h2.execute("CREATE TABLE {owner} ({id} BIGINT PRIMARY KEY)",
                "CREATE TABLE {item} ({id} BIGINT PRIMARY KEY, {code} BIGINT, {code_item} BIGINT,"
                        + " CONSTRAINT {fk_item_code_item} FOREIGN KEY ({code}) REFERENCES {owner} ({id}),"
                        + " CONSTRAINT {fk_item_code_item_item} FOREIGN KEY ({code_item}) REFERENCES {owner} ({id}))",
                "INSERT INTO {owner} ({id}) VALUES (1)");
    }

    @AfterEach
    void dropDatabase() {
        h2.close();
    }

    @Test
    void throughShardingSphereANameWithItsTableAppendedIsTheConstraintOfTheShorterName() {
        Database db = Database.of(reportingUrl("jdbc:shardingsphere:classpath:sharding.yaml"), Dialect.H2);

        assertEquals("'Item.code' links to no existing Owner; nothing was written.", missingOwner(db, "code").getMessage());
        assertEquals("'Item.codeItem' links to no existing Owner; nothing was written.",
                missingOwner(db, "code_item").getMessage());
    }

    @Test
    void withoutShardingSphereANameIsTheConstraintOfThatName() {
        Database db = Database.of(reportingUrl("jdbc:h2:mem:plain"), Dialect.H2);

        assertEquals("'Item.codeItem' links to no existing Owner; nothing was written.",
                missingOwner(db, "code").getMessage());
    }

    /** The failure of an insert whose {@code column} links to no owner. */
    private static IntegrityException missingOwner(Database db, String column) {
        return assertThrows(IntegrityException.class, () -> Engine.of(db).withTransaction(ITEM, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    Sql.of(Dialect.H2, "INSERT INTO {item} ({id}, {" + column + "}) VALUES (10, 5)").text())) {
                return ps.executeUpdate();
            }
        }));
    }

    private DataSource reportingUrl(String url) {
        return DataSources.reportingUrl(h2.dataSource(), url, () -> { });
    }
}
