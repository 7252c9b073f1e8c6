package dev.relata.it;

import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.RelataException;
import dev.relata.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database for each test, holding the schema of the model packages the test needs.
 *
 * <pre>{@code
 * class ProfileTest {
 *     @RegisterExtension
 *     final TestDatabase database = TestDatabase.with(ModelPackage.BLOG);
 *     final ProfileDao profiles = new ProfileDao(database.db());
 *     ...
 * }
 * }</pre>
 *
 * <p>Declared as an instance field, it is created with each test instance (JUnit makes one per
 * test method), so every test starts from empty tables, and it drops its database after the test.
 * Where a database is slow to set up (ShardingSphere), {@link #perClass} makes one for a test
 * class, registered on a static field: it empties every table after each test and is dropped
 * after the last.
 *
 * <p>Which database server runs the tests is chosen by the system property
 * {@value #TARGET_PROPERTY}: {@code h2} (the default, in memory), {@code postgresql},
 * {@code mariadb} or {@code sharded}; see {@link Target}.
 */
public final class TestDatabase implements AfterEachCallback, AfterAllCallback {
    /** The system property that selects the {@link Target}. */
    public static final String TARGET_PROPERTY = "relata.it.db";

    private static final AtomicLong NEXT_NAME = new AtomicLong();

    private final Instance instance;
    private final RoundTripCounter counter = new RoundTripCounter();
    private final Database db;
    private final boolean perClass;
    private boolean closed;

    private TestDatabase(Instance instance, boolean perClass) {
        this.instance = instance;
        this.perClass = perClass;
        this.db = Database.of(counter.wrap(instance.dataSource()), instance.dialect());
    }

    /**
     * A fresh database on the selected target, with the tables of the given packages and of every
     * package they link to, created by their generated {@code RelataSchema.create}.
     */
    public static TestDatabase with(ModelPackage... packages) {
        return create(false, packages);
    }

    /**
     * A fresh database as {@link #with} makes it, for every test of a class: register it on a
     * static field. After each test it empties every table (so each test starts from empty tables
     * again), and it drops the database after the class's last test.
     */
    public static TestDatabase perClass(ModelPackage... packages) {
        return create(true, packages);
    }

    private static TestDatabase create(boolean perClass, ModelPackage... packages) {
        TestDatabase database = new TestDatabase(Target.selected().open(uniqueName()), perClass);
        try {
            for (ModelPackage modelPackage : ModelPackage.withDependencies(packages)) {
                modelPackage.createSchema(database.db);
            }
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static String uniqueName() {
        return "relata_it_" + ProcessHandle.current().pid() + "_" + NEXT_NAME.incrementAndGet();
    }

    /** The database the DAOs under test run on. */
    public Database db() {
        return db;
    }

    public Dialect dialect() {
        return db.dialect();
    }

    /** The test database's data source, as an application would hand it to {@link Database#of}. */
    public DataSource dataSource() {
        return instance.dataSource();
    }

    /**
     * The shards behind the data source, each as a plain data source of its own database (bypassing
     * ShardingSphere), in the order ShardingSphere numbers them ({@code ds_0}, {@code ds_1}, ...);
     * empty on a target that is not sharded.
     */
    public List<DataSource> shards() {
        return instance.shards();
    }

    /**
     * How many statements have been executed on this database so far (a JDBC batch counts once).
     * Compare the count before and after an operation to see how many round trips it took.
     */
    public long roundTrips() {
        return counter.roundTrips();
    }

    /** The number of rows in a table, counted with plain SQL, bypassing the generated DAOs. */
    public long countRows(String table) {
        Object count = queryValue("SELECT COUNT(*) FROM {" + table + "}");
        return ((Number) count).longValue();
    }

    /**
     * Runs a hand-written write statement, bypassing the generated DAOs. The statement is a
     * template as generated DAOs write them ({@code {user}} is the quoted identifier
     * {@code user}); the parameters are bound to its {@code ?} placeholders in order.
     *
     * @return the number of rows changed
     * @throws RelataException as {@link Database#withConnection} reports a failed statement
     */
    public int execute(String template, Object... parameters) {
        String sql = Sql.of(db.dialect(), template).text();
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Runs a hand-written query, bypassing the generated DAOs, and returns the first column of its
     * first row, or null when there is no row. The template and parameters are as in
     * {@link #execute}.
     */
    public Object queryValue(String template, Object... parameters) {
        String sql = Sql.of(db.dialect(), template).text();
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getObject(1) : null;
                }
            }
        });
    }

    /**
     * Every row of a table as text, ordered by its first column, read with plain SQL on a connection
     * of the data source, bypassing Relata.
     */
    public List<String> rows(String table) {
        String sql = Sql.of(dialect(), "SELECT * FROM {" + table + "} ORDER BY 1").text();
        try (Connection connection = instance.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder("(");
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? ", " : "").append(result.getString(i));
                }
                rows.add(row.append(')').toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perClass) {
            instance.empty().run();
        } else {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Drops the database. */
    public void close() {
        if (!closed) {
            closed = true;
            instance.drop().run();
        }
    }

    /**
     * A fresh, empty database on a target: how to connect to it, its dialect, how to drop it, how
     * to empty its tables, and its shards (none but on a sharded target).
     */
    record Instance(DataSource dataSource, Dialect dialect, Runnable drop, Runnable empty, List<DataSource> shards) {
        Instance(DataSource dataSource, Dialect dialect, Runnable drop, Runnable empty) {
            this(dataSource, dialect, drop, empty, List.of());
        }
    }

    /**
     * The database servers the tests can run on. Each target opens a fresh, empty database (or
     * schema) per test under a unique name, and drops it afterwards.
     */
    public enum Target {
        /** H2 in memory, in this JVM: the default, needing no server. */
        H2 {
            @Override
            Instance open(String name) {
                JdbcDataSource dataSource = new JdbcDataSource();
                dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                dataSource.setUser("sa");
                dataSource.setPassword("");
                return new Instance(dataSource, Dialect.H2, () -> shutDown(dataSource), () -> empty(dataSource,
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'",
                        "SET REFERENTIAL_INTEGRITY FALSE", "TRUNCATE TABLE \"%s\"", "SET REFERENTIAL_INTEGRITY TRUE"));
            }

            private void shutDown(DataSource dataSource) {
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot drop the in-memory database: " + e.getMessage(), e);
                }
            }
        },

        /**
         * A live PostgreSQL server at the URL in {@code relata.it.postgresql.url} (user and
         * password in the URL): a schema of its own, which the connections use, dropped after.
         */
        POSTGRESQL {
            @Override
            Instance open(String name) {
                String url = url("relata.it.postgresql.url");
                execute(url, "CREATE SCHEMA " + name);
                DataSource dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?")
                        + "currentSchema=" + name);
                return new Instance(dataSource, Dialect.POSTGRESQL, () -> execute(url, "DROP SCHEMA " + name + " CASCADE"),
                        () -> emptyPostgreSql(dataSource));
            }
        },

        /**
         * A live MariaDB (or MySQL 8) server at the URL in {@code relata.it.mariadb.url}: a
         * database of its own, named in the connections' URL, dropped after.
         */
        MARIADB {
            @Override
            Instance open(String name) {
                String url = url("relata.it.mariadb.url");
                execute(url, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                DataSource dataSource = new DriverManagerDataSource(url.replaceFirst("(//[^/?]+)(/[^?]*)?", "$1/" + name));
                return new Instance(dataSource, Dialect.MARIADB, () -> execute(url, "DROP DATABASE " + name),
                        () -> empty(dataSource, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                                + " WHERE TABLE_SCHEMA = DATABASE()",
                                "SET FOREIGN_KEY_CHECKS = 0", "TRUNCATE TABLE `%s`", "SET FOREIGN_KEY_CHECKS = 1"));
            }
        },

        /**
         * Apache ShardingSphere-JDBC over two fresh databases of the live PostgreSQL server at the
         * URL in {@code relata.it.postgresql.url}, configured as {@link Sharding} says (the chain of
         * {@code dev.relata.it.sharded} sharded by its root's key, its reference table broadcast).
         * ShardingSphere's data source is closed and both databases are dropped after. Needs
         * ShardingSphere-JDBC on the class path: the {@code sharded} Maven profile.
         */
        SHARDED {
            /** How many databases the rows are spread over. */
            private static final int SHARDS = 2;

            @Override
            Instance open(String name) {
                String url = url("relata.it.postgresql.url");
                List<String> shardUrls = new ArrayList<>();
                List<DataSource> shards = new ArrayList<>();
                Runnable dropShards = () -> {
                    for (int i = shardUrls.size() - 1; i >= 0; i--) {
                        execute(url, "DROP DATABASE IF EXISTS " + name + "_" + i + " WITH (FORCE)");
                    }
                };
                DataSource sharded;
                try {
                    for (int i = 0; i < SHARDS; i++) {
                        execute(url, "CREATE DATABASE " + name + "_" + i);
                        String shardUrl = url.replaceFirst("(//[^/?]+)(/[^?]*)?", "$1/" + name + "_" + i);
                        shardUrls.add(shardUrl);
                        shards.add(new DriverManagerDataSource(shardUrl));
                    }
                    sharded = Sharding.dataSource(Sharding.yaml(name, shardUrls));
                } catch (RuntimeException | Error e) {
                    try {
                        dropShards.run();
                    } catch (RuntimeException dropping) {
                        e.addSuppressed(dropping);
                    }
                    throw e;
                }
                Runnable drop = () -> {
                    try {
                        Sharding.close(sharded);
                    } finally {
                        dropShards.run();
                    }
                };
                Runnable empty = () -> shards.forEach(Target::emptyPostgreSql);
                return new Instance(sharded, Dialect.POSTGRESQL, drop, empty, List.copyOf(shards));
            }
        };

        /** Empties every table of the connections' current schema on PostgreSQL, in one statement. */
        static void emptyPostgreSql(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema()")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                if (!tables.isEmpty()) {
                    statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot empty the tables: " + e.getMessage(), e);
            }
        }

        /**
         * Empties every table that {@code listTables} names, each with the {@code truncate} format,
         * between {@code before} and {@code after} (which switch the foreign keys' checks off and on).
         */
        static void empty(DataSource dataSource, String listTables, String before, String truncate, String after) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(listTables)) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                statement.execute(before);
                try {
                    for (String table : tables) {
                        statement.execute(String.format(Locale.ROOT, truncate, table));
                    }
                } finally {
                    statement.execute(after);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot empty the tables: " + e.getMessage(), e);
            }
        }

        /** The server's URL from a system property; a live target without one is a broken set-up. */
        static String url(String property) {
            String url = System.getProperty(property, "").trim();
            if (url.isEmpty()) {
                throw new IllegalStateException("Set " + property + " to the server's JDBC URL (the live-databases"
                        + " profile of the integration tests does).");
            }
            return url;
        }

        /** Runs one statement on the server, failing loudly when it cannot be reached. */
        static void execute(String url, String sql) {
            try (Connection connection = new DriverManagerDataSource(url).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot run `" + sql + "` on " + url + ": " + e.getMessage(), e);
            }
        }

        /** A fresh, empty database named {@code name} on this target. */
        abstract Instance open(String name);

        /** The target named by the system property {@value TestDatabase#TARGET_PROPERTY}; H2 by default. */
        public static Target selected() {
            String name = System.getProperty(TARGET_PROPERTY, "h2").trim();
            for (Target target : values()) {
                if (target.name().equalsIgnoreCase(name)) {
                    return target;
                }
            }
            throw new IllegalArgumentException(TARGET_PROPERTY + "=" + name + " names no test database; use one of "
                    + Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }
}
