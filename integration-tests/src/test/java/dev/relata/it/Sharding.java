package dev.relata.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The ShardingSphere-JDBC set-up of the sharded target: the YAML configuration, written as the
 * README tells users to write it, and the data source built from it.
 *
 * <p>The chain of {@code dev.relata.it.sharded} is sharded over the databases {@code ds_0},
 * {@code ds_1}, ... by its root's key, each table by its own key column (which holds the root's
 * key) with an INLINE algorithm, and the tables are bound to each other. The root's key is the
 * application's, or ShardingSphere's SNOWFLAKE key when an insert leaves it out. The reference
 * table is broadcast. Any other table is a single table, created in {@code ds_0}.
 *
 * <p>ShardingSphere is on the test class path of the {@code sharded} Maven profile only, so it is
 * reached through reflection: the default build compiles and runs without it.
 */
public final class Sharding {
    /** Each chain table and its key column, which holds the key of the chain's root, root first. */
    static final Map<String, String> CHAIN = orderedMap(
            "s_user", "id",
            "s_profile", "user_id",
            "s_page", "profile_id",
            "s_like", "page_ptr_id");

    /** The tables outside the chain that it links to: a copy in every shard. */
    static final List<String> BROADCAST = List.of("s_country");

    /** The root's key, which ShardingSphere generates when an insert leaves it out. */
    static final String ROOT = "s_user";

    private static final String FACTORY = "org.apache.shardingsphere.driver.api.yaml.YamlShardingSphereDataSourceFactory";

    private Sharding() {
    }

    /** The YAML configuration of a logical database over the given shards' JDBC URLs, named ds_0, ds_1, ... */
    static String yaml(String databaseName, List<String> shardUrls) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("databaseName: ").append(databaseName).append('\n');
        yaml.append("dataSources:\n");
        for (int i = 0; i < shardUrls.size(); i++) {
            yaml.append("  ds_").append(i).append(":\n")
                    .append("    dataSourceClassName: com.zaxxer.hikari.HikariDataSource\n")
                    .append("    driverClassName: org.postgresql.Driver\n")
                    .append("    jdbcUrl: '").append(shardUrls.get(i).replace("'", "''")).append("'\n")
                    .append("    maximumPoolSize: 4\n")
                    .append("    minimumIdle: 0\n");
        }
        String nodes = "ds_${0.." + (shardUrls.size() - 1) + "}";
        yaml.append("rules:\n");
        yaml.append("- !SHARDING\n");
        yaml.append("  tables:\n");
        CHAIN.forEach((table, column) -> {
            yaml.append("    ").append(table).append(":\n")
                    .append("      actualDataNodes: ").append(nodes).append('.').append(table).append('\n')
                    .append("      databaseStrategy:\n")
                    .append("        standard:\n")
                    .append("          shardingColumn: ").append(column).append('\n')
                    .append("          shardingAlgorithmName: ").append(table).append("_inline\n");
            if (table.equals(ROOT)) {
                yaml.append("      keyGenerateStrategy:\n")
                        .append("        column: ").append(column).append('\n')
                        .append("        keyGeneratorName: snowflake\n");
            }
        });
        yaml.append("  bindingTables:\n");
        yaml.append("    - ").append(String.join(",", CHAIN.keySet())).append('\n');
        yaml.append("  shardingAlgorithms:\n");
        CHAIN.forEach((table, column) -> yaml.append("    ").append(table).append("_inline:\n")
                .append("      type: INLINE\n")
                .append("      props:\n")
                .append("        algorithm-expression: ds_${").append(column).append(" % ").append(shardUrls.size())
                .append("}\n"));
        yaml.append("  keyGenerators:\n");
        yaml.append("    snowflake:\n");
        yaml.append("      type: SNOWFLAKE\n");
        yaml.append("- !BROADCAST\n");
        yaml.append("  tables:\n");
        for (String table : BROADCAST) {
            yaml.append("    - ").append(table).append('\n');
        }
        yaml.append("- !SINGLE\n");
        yaml.append("  tables:\n");
        yaml.append("    - \"*.*\"\n");
        yaml.append("  defaultDataSource: ds_0\n");
        return yaml.toString();
    }

    /** ShardingSphere's data source for the YAML, through {@code YamlShardingSphereDataSourceFactory}. */
    public static DataSource dataSource(String yaml) {
        Method create;
        try {
            create = Class.forName(FACTORY).getMethod("createDataSource", byte[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("ShardingSphere-JDBC is not on the class path: run the sharded target"
                    + " with the sharded Maven profile of the integration tests", e);
        }
        try {
            return (DataSource) create.invoke(null, (Object) yaml.getBytes(StandardCharsets.UTF_8));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("ShardingSphere refused the configuration: " + e.getCause().getMessage()
                    + "\n" + yaml, e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes ShardingSphere's data source, and with it the shards' pools. */
    public static void close(DataSource dataSource) {
        try {
            ((AutoCloseable) dataSource).close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot close the ShardingSphere data source: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> orderedMap(String... entries) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put(entries[i], entries[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
