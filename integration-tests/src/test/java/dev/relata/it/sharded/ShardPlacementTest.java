package dev.relata.it.sharded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.relata.Database;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where ShardingSphere-JDBC puts what Relata writes through it, read on each of the two databases
 * with plain JDBC: a chain's rows in the database its root's key routes to ({@code id % 2}), the
 * reference table's rows in both, and the schema of {@code RelataSchema.create} in both. The
 * {@code sharded} target only (the pom runs this class in the sharded run alone).
 */
class ShardPlacementTest {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.perClass(ModelPackage.SHARDED);

    final Database db = database.db();
    final CountryDao countries = new CountryDao(db);
    final UserDao users = new UserDao(db);
    final ProfileDao profiles = new ProfileDao(db);
    final LikeDao likes = new LikeDao(db);

    @Test
    void createMadeEveryTableWithItsForeignKeysInBothDatabases() {
        for (DataSource shard : database.shards()) {
            assertEquals(List.of("s_country", "s_like", "s_page", "s_profile", "s_user"),
                    strings(shard, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
            // ShardingSphere appends the actual table's name to a constraint's name: the runtime knows.
            assertEquals(List.of(
                    "s_like (page_ptr_id) -> s_page (profile_id) ON DELETE CASCADE",
                    "s_page (profile_id) -> s_profile (user_id) ON DELETE CASCADE",
                    "s_profile (user_id) -> s_user (id) ON DELETE CASCADE",
                    "s_user (country_id) -> s_country (code) ON DELETE RESTRICT"),
                    strings(shard, "SELECT k.conrelid::regclass || ' (' || a.attname || ') -> ' || k.confrelid::regclass"
                            + " || ' (' || r.attname || ') ON DELETE '"
                            + " || CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' ELSE 'OTHER' END"
                            + " FROM pg_constraint k"
                            + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                            + " JOIN pg_attribute r ON r.attrelid = k.confrelid AND r.attnum = k.confkey[1]"
                            + " WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace ORDER BY 1"));
        }
    }

    @Test
    void eachChainLivesInTheDatabaseOfItsRootsKey() {
        countries.insert(new Country("FR", "France"));
        for (long id = 1; id <= 4; id++) {
            users.insert(new User(id, "user " + id, "FR"));
            profiles.insert(new Profile(id, "profile " + id));
            likes.insert(new Like(new Page(id, "page " + id), 1));
        }

        List<DataSource> shards = database.shards();
        for (String table : List.of("s_user:id", "s_profile:user_id", "s_page:profile_id", "s_like:page_ptr_id")) {
            String[] tableAndKey = table.split(":");
            String keys = "SELECT " + tableAndKey[1] + " FROM " + tableAndKey[0] + " ORDER BY 1";
            assertEquals(List.of("2", "4"), strings(shards.get(0), keys), tableAndKey[0] + " in ds_0");
            assertEquals(List.of("1", "3"), strings(shards.get(1), keys), tableAndKey[0] + " in ds_1");
        }
    }

    @Test
    void theReferenceTableIsCopiedToBothDatabases() {
        countries.insertAll(List.of(new Country("FR", "France"), new Country("JP", "Japan")));
        countries.update(new Country("JP", "Nippon"));

        for (DataSource shard : database.shards()) {
            assertEquals(List.of("FR France", "JP Nippon"),
                    strings(shard, "SELECT code || ' ' || name FROM s_country ORDER BY 1"));
        }
    }

    @Test
    void aRootInsertedWithoutAKeyGetsShardingSpheresKeyAndLivesInTheDatabaseItRoutesTo() {
        countries.insert(new Country("FR", "France"));

        User inserted = users.insert(new User(0, "keyless", "FR"));

        assertNotEquals(0, inserted.id());
        assertEquals(Optional.of(inserted), users.findById(inserted.id()));
        DataSource home = database.shards().get((int) (inserted.id() % 2));
        assertEquals(List.of(inserted.id() + " keyless"),
                strings(home, "SELECT id || ' ' || username FROM s_user"));
    }

    /** The first column of every row of a query, as text, read on one database without ShardingSphere. */
    private static List<String> strings(DataSource shard, String sql) {
        try (Connection connection = shard.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run `" + sql + "`: " + e.getMessage(), e);
        }
    }
}
