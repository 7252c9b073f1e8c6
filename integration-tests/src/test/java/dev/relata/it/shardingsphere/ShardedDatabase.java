package dev.relata.it.shardingsphere;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.it.Sharding;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A ShardingSphere-JDBC data source over two fresh PostgreSQL databases, {@code ds_0} and
 * {@code ds_1}, created for a test class or for one test, and dropped when closed. {@code ss_member}
 * is spread over them by {@code id}, {@code ss_card} by {@code member_id} (so a member's card is on
 * its shard); {@code ss_region}, {@code ss_tier} and {@code ss_badge} are broadcast (a copy on each).
 *
 * <p>ShardingSphere is reached by reflection ({@link Sharding}), so that the test sources compile without it: only the
 * {@code sharded} profile puts it on the class path.
 */
final class ShardedDatabase implements AutoCloseable {
    private static final String SERVER = System.getProperty("relata.it.postgresql.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final AtomicLong NEXT = new AtomicLong();

    private final List<String> shards = new ArrayList<>();
    private final DataSource dataSource;

    /**
     * @param generatedKeys whether ShardingSphere draws the keys of {@code ss_member} and
     *                      {@code ss_card} (SNOWFLAKE); without it a member's key must be given
     */
    ShardedDatabase(boolean generatedKeys) throws SQLException {
        String prefix = "relata_ss_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try {
            for (int i = 0; i < 2; i++) {
                String name = prefix + "_" + i;
                admin("CREATE DATABASE " + name);
                shards.add(name);
            }
            dataSource = Sharding.dataSource(yaml(prefix, generatedKeys));
        } catch (SQLException | RuntimeException | Error e) {
            dropShards(e);
            throw e;
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    Database db() {
        return Database.of(dataSource, Dialect.POSTGRESQL);
    }

    /** A connection straight to shard {@code i}'s PostgreSQL database, past ShardingSphere. */
    Connection shard(int i) throws SQLException {
        return DriverManager.getConnection(SERVER.replaceFirst("/[^/?]+(\\?|$)", "/" + shards.get(i) + "$1"));
    }

    /** The number of rows in a table of shard {@code i}. */
    long countOnShard(int i, String table) throws SQLException {
        try (Connection connection = shard(i); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Empties every table of every shard, past ShardingSphere, whose key generator and metadata keep
     * no rows of theirs: a test after it sees the tables as {@code create} made them.
     */
    void empty() throws SQLException {
        for (int i = 0; i < shards.size(); i++) {
            List<String> tables = tablesOnShard(i);
            if (tables.isEmpty()) {
                continue;
            }
            try (Connection connection = shard(i); Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE \"" + String.join("\", \"", tables) + "\" RESTART IDENTITY CASCADE");
            }
        }
    }

    /** The tables of shard {@code i}'s public schema. */
    List<String> tablesOnShard(int i) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = shard(i); PreparedStatement statement = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private String yaml(String prefix, boolean generatedKeys) {
        StringBuilder yaml = new StringBuilder()
                .append("databaseName: ").append(prefix).append('\n')
                .append("mode:\n  type: Standalone\n  repository:\n    type: JDBC\n    props:\n")
                .append("      jdbc_url: jdbc:h2:mem:").append(prefix).append(";DB_CLOSE_DELAY=-1;DATABASE_TO_UPPER=false;MODE=MYSQL\n")
                .append("      username: sa\n      password: ''\n")
                .append("dataSources:\n");
        for (int i = 0; i < shards.size(); i++) {
            yaml.append("  ds_").append(i).append(":\n")
                    .append("    dataSourceClassName: com.zaxxer.hikari.HikariDataSource\n")
                    .append("    driverClassName: org.postgresql.Driver\n")
                    .append("    jdbcUrl: ").append(SERVER.replaceFirst("/[^/?]+(\\?|$)", "/" + shards.get(i) + "$1")).append('\n')
                    .append("    maximumPoolSize: 4\n");
        }
        String keys = generatedKeys ? "      keyGenerateStrategy:\n        column: id\n        keyGeneratorName: snowflake\n" : "";
        yaml.append("rules:\n")
                .append("- !SHARDING\n  tables:\n")
                .append("    ss_member:\n      actualDataNodes: ds_${0..1}.ss_member\n")
                .append("      databaseStrategy:\n        standard:\n          shardingColumn: id\n")
                .append("          shardingAlgorithmName: by_id\n").append(keys)
                .append("    ss_card:\n      actualDataNodes: ds_${0..1}.ss_card\n")
                .append("      databaseStrategy:\n        standard:\n          shardingColumn: member_id\n")
                .append("          shardingAlgorithmName: by_member_id\n").append(keys)
                .append("  shardingAlgorithms:\n")
                .append("    by_id:\n      type: INLINE\n      props:\n        algorithm-expression: ds_${id % 2}\n")
                .append("    by_member_id:\n      type: INLINE\n      props:\n        algorithm-expression: ds_${member_id % 2}\n")
                .append("  keyGenerators:\n    snowflake:\n      type: SNOWFLAKE\n")
                .append("- !BROADCAST\n  tables:\n    - ss_region\n    - ss_tier\n    - ss_badge\n");
        return yaml.toString();
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void dropShards(Throwable failure) {
        for (String shard : shards) {
            try {
                admin("DROP DATABASE IF EXISTS " + shard + " WITH (FORCE)");
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = new SQLException("Cannot close the sharded database");
        try {
            Sharding.close(dataSource);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        dropShards(failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }
}
