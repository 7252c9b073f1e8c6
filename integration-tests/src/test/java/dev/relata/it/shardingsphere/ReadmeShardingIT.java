package dev.relata.it.shardingsphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Database;
import dev.relata.Deletion;
import dev.relata.Dialect;
import dev.relata.ProtectedException;
import dev.relata.it.Sharding;
import dev.relata.it.shardingsphere.readme.Country;
import dev.relata.it.shardingsphere.readme.CountryDao;
import dev.relata.it.shardingsphere.readme.Like;
import dev.relata.it.shardingsphere.readme.LikeDao;
import dev.relata.it.shardingsphere.readme.Page;
import dev.relata.it.shardingsphere.readme.PageDao;
import dev.relata.it.shardingsphere.readme.Profile;
import dev.relata.it.shardingsphere.readme.ProfileDao;
import dev.relata.it.shardingsphere.readme.RelataSchema;
import dev.relata.it.shardingsphere.readme.User;
import dev.relata.it.shardingsphere.readme.UserDao;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's ShardingSphere set-up, as written there: its models, table names and configuration. */
class ReadmeShardingIT {
    private static final String SERVER = System.getProperty("relata.it.postgresql.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final String PREFIX = "relata_readme_" + ProcessHandle.current().pid();

    private static DataSource sharded;
    private static Database db;

    @BeforeAll
    static void create() throws SQLException {
        for (int i = 0; i < 2; i++) {
            admin("DROP DATABASE IF EXISTS " + PREFIX + "_" + i + " WITH (FORCE)");
            admin("CREATE DATABASE " + PREFIX + "_" + i);
        }
        String yaml = """
                databaseName: social
                dataSources:
                  ds_0:
                    dataSourceClassName: com.zaxxer.hikari.HikariDataSource
                    driverClassName: org.postgresql.Driver
                    jdbcUrl: URL0
                  ds_1:
                    dataSourceClassName: com.zaxxer.hikari.HikariDataSource
                    driverClassName: org.postgresql.Driver
                    jdbcUrl: URL1
                rules:
                - !SHARDING
                  tables:
                    select:
                      actualDataNodes: ds_${0..1}.select
                      databaseStrategy:
                        standard: {shardingColumn: id, shardingAlgorithmName: user_inline}
                      keyGenerateStrategy: {column: id, keyGeneratorName: snowflake}
                    check:
                      actualDataNodes: ds_${0..1}.check
                      databaseStrategy:
                        standard: {shardingColumn: user_id, shardingAlgorithmName: profile_inline}
                    column:
                      actualDataNodes: ds_${0..1}.column
                      databaseStrategy:
                        standard: {shardingColumn: profile_id, shardingAlgorithmName: page_inline}
                    window:
                      actualDataNodes: ds_${0..1}.window
                      databaseStrategy:
                        standard: {shardingColumn: page_ptr_id, shardingAlgorithmName: like_inline}
                  bindingTables:
                    - select,check,column,window
                  shardingAlgorithms:
                    user_inline: {type: INLINE, props: {algorithm-expression: 'ds_${id % 2}'}}
                    profile_inline: {type: INLINE, props: {algorithm-expression: 'ds_${user_id % 2}'}}
                    page_inline: {type: INLINE, props: {algorithm-expression: 'ds_${profile_id % 2}'}}
                    like_inline: {type: INLINE, props: {algorithm-expression: 'ds_${page_ptr_id % 2}'}}
                  keyGenerators:
                    snowflake: {type: SNOWFLAKE}
                - !BROADCAST
                  tables:
                    - limit
                """.replace("URL0", url(0)).replace("URL1", url(1));
        sharded = Sharding.dataSource(yaml);
        db = Database.of(sharded, Dialect.POSTGRESQL);
        RelataSchema.create(db);
    }

    @AfterAll
    static void drop() throws SQLException {
        if (sharded != null) {
            Sharding.close(sharded);
        }
        for (int i = 0; i < 2; i++) {
            admin("DROP DATABASE IF EXISTS " + PREFIX + "_" + i + " WITH (FORCE)");
        }
    }

    private static String url(int shard) {
        return SERVER.replaceFirst("/[^/?]+(\\?|$)", "/" + PREFIX + "_" + shard + "$1");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long countOnShard(int shard, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(shard)); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theReadmesWalkThrough() throws SQLException {
        UserDao users = new UserDao(db);
        ProfileDao profiles = new ProfileDao(db);
        PageDao pages = new PageDao(db);
        LikeDao likes = new LikeDao(db);
        CountryDao countries = new CountryDao(db);
        RelataSchema.validate(db);

        countries.insertAll(List.of(new Country("FR", "France"), new Country("JP", "Japan")));
        User given = users.insert(new User(42, "ada", "FR"));
        User generated = users.insert(new User(0, "grace", "JP"));
        assertTrue(generated.id() != 0);
        List<User> many = users.insertAll(IntStream.range(0, 40).mapToObj(i -> new User(0, "u" + i, "FR")).toList());
        List<User> all = new ArrayList<>(List.of(given, generated));
        all.addAll(many);
        for (User user : all) {
            assertEquals(user, users.findById(user.id()).orElseThrow());
        }
        List<Profile> allProfiles = profiles.insertAll(all.stream().map(u -> new Profile(u.id(), "p" + u.id())).toList());
        List<Like> allLikes = likes.insertAll(all.stream().map(u -> new Like(new Page(u.id(), "page"), 1)).toList());
        assertEquals(all.size(), users.profileFor(all).size());
        assertEquals(all.size(), profiles.userFor(allProfiles).size());
        assertEquals(all.size(), profiles.pageFor(allProfiles).size());
        Map<Long, Like> likeOfPage = pages.likeFor(allLikes.stream().map(Like::page).toList());
        assertEquals(all.size(), likeOfPage.size());
        assertEquals(given, profiles.user(allProfiles.get(0)));
        assertEquals(all.size(), countries.userListFor(countries.findAll()).values().stream().mapToInt(List::size).sum());
        long onShards = countOnShard(0, "window") + countOnShard(1, "window");
        assertEquals(all.size(), onShards);
        assertTrue(countOnShard(0, "select") > 0 && countOnShard(1, "select") > 0, "both shards used");

        assertThrows(ProtectedException.class, () -> countries.deleteAllById(List.of("FR", "JP")));
        assertEquals(2, countries.count());

        assertThrows(IllegalStateException.class, () -> db.runInTransaction(() -> {
            users.insertAll(List.of(new User(100, "t1", "FR"), new User(101, "t2", "JP")));
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(all.size(), users.count());

        Deletion deletion = users.deleteAllCounting(all.subList(0, 10));
        assertEquals(40, deletion.total(), deletion.toString());
        assertEquals(all.size() - 10, users.deleteAll(all));
        for (String table : List.of("select", "check", "column", "window")) {
            assertEquals(0, countOnShard(0, table) + countOnShard(1, table), table);
        }
        RelataSchema.validate(db);
    }
}
