package dev.relata.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.Database;
import dev.relata.Dialect;
import dev.relata.benchmarks.model.RelataSchema;
import dev.relata.benchmarks.orm.Orm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;

/**
 * One benchmark trial's database: a fresh H2 in-memory database, a fresh schema on PostgreSQL or a fresh
 * database on MariaDB, with the tables of {@link RelataSchema}, behind one connection source that every
 * implementation shares. {@link #close()} drops it.
 *
 * <p>PostgreSQL is reached at {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}; override
 * with {@code -Drelata.bench.postgresql.url=...}, {@code -Drelata.bench.postgresql.user=...} and
 * {@code -Drelata.bench.postgresql.password=...}. MariaDB is reached at
 * {@code jdbc:mariadb://127.0.0.1:3306/} as {@code root} without a password; override with
 * {@code -Drelata.bench.mariadb.url=...}, {@code -Drelata.bench.mariadb.user=...} and
 * {@code -Drelata.bench.mariadb.password=...} (the URL's database, if any, is replaced by the trial's).
 */
public final class Fixture implements AutoCloseable {
    /**
     * The number of User -> Profile -> Page (-> Like) chains the scenarios work on; the batch scenarios take
     * theirs from their {@code rows} parameter (10,000 and 40,000).
     */
    public static final int CHAINS = 10_000;

    private static final AtomicLong NAMES = new AtomicLong();

    private final String database;
    private final Dialect dialect;
    private final DataSource dataSource;
    /** The JDBC URL, and how to close the connection source (a pool; nothing for a plain data source). */
    private final String url;
    private final Runnable closeSource;
    private final Database db;
    private final String pgSchema;
    /** The MariaDB database the trial created, dropped by {@link #close()}; null elsewhere. */
    private final String mariadbDatabase;
    private SessionFactory sessionFactory;

    private Fixture(String database, Dialect dialect, DataSource dataSource, String url, Runnable closeSource,
            String pgSchema) {
        this(database, dialect, dataSource, url, closeSource, pgSchema, null);
    }

    private Fixture(String database, Dialect dialect, DataSource dataSource, String url, Runnable closeSource,
            String pgSchema, String mariadbDatabase) {
        this.database = database;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.url = url;
        this.closeSource = closeSource;
        this.pgSchema = pgSchema;
        this.mariadbDatabase = mariadbDatabase;
        this.db = Database.of(dataSource, dialect);
    }

    /**
     * Opens a fresh database with the benchmark's tables: {@code h2} or {@code postgresql} over a
     * HikariCP pool of 4 connections; {@code h2-pool} over H2's own {@code JdbcConnectionPool} (4
     * connections); {@code h2-plain} over a plain {@code JdbcDataSource}, a new session per connection
     * (what the sample app uses); {@code mariadb} over a HikariCP pool of 4 connections to a database
     * created for the trial (not in the benchmarks' default parameters: a machine may have no MariaDB).
     */
    public static Fixture open(String database) {
        String name = "relata_bench_" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet();
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(4);
        config.setAutoCommit(true);
        Fixture fixture;
        switch (database) {
            case "h2" -> {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                config.setJdbcUrl(url);
                config.setUsername("sa");
                config.setPassword("");
                HikariDataSource pool = new HikariDataSource(config);
                fixture = new Fixture(database, Dialect.H2, pool, url, pool::close, null);
            }
            case "h2-pool" -> {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
                pool.setMaxConnections(4);
                fixture = new Fixture(database, Dialect.H2, pool, url, pool::dispose, null);
            }
            case "h2-plain" -> {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                JdbcDataSource plain = new JdbcDataSource();
                plain.setURL(url);
                plain.setUser("sa");
                plain.setPassword("");
                fixture = new Fixture(database, Dialect.H2, plain, url, () -> { }, null);
            }
            case "postgresql" -> {
                String url = postgresUrl();
                try (Connection admin = DriverManager.getConnection(url, postgresUser(), postgresPassword());
                        Statement statement = admin.createStatement()) {
                    statement.execute("CREATE SCHEMA " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot create a schema on " + url + ": " + e.getMessage(), e);
                }
                config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
                config.setUsername(postgresUser());
                config.setPassword(postgresPassword());
                HikariDataSource pool = new HikariDataSource(config);
                fixture = new Fixture(database, Dialect.POSTGRESQL, pool, config.getJdbcUrl(), pool::close, name);
            }
            case "mariadb" -> {
                String server = mariadbUrl();
                try (Connection admin = DriverManager.getConnection(server, mariadbUser(), mariadbPassword());
                        Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot create a database on " + server + ": " + e.getMessage(), e);
                }
                config.setJdbcUrl(server.replaceFirst("(//[^/?]+)(/[^?]*)?", "$1/" + name));
                config.setUsername(mariadbUser());
                config.setPassword(mariadbPassword());
                HikariDataSource pool = new HikariDataSource(config);
                fixture = new Fixture(database, Dialect.MARIADB, pool, config.getJdbcUrl(), pool::close, null, name);
            }
            default -> throw new IllegalArgumentException(
                    "Unknown database " + database + ": use h2, h2-pool, h2-plain, postgresql or mariadb");
        }
        RelataSchema.create(fixture.db);
        return fixture;
    }

    private static String postgresUrl() {
        return System.getProperty("relata.bench.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static String postgresUser() {
        return System.getProperty("relata.bench.postgresql.user", "postgres");
    }

    private static String postgresPassword() {
        return System.getProperty("relata.bench.postgresql.password", "");
    }

    private static String mariadbUrl() {
        return System.getProperty("relata.bench.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
    }

    private static String mariadbUser() {
        return System.getProperty("relata.bench.mariadb.user", "root");
    }

    private static String mariadbPassword() {
        return System.getProperty("relata.bench.mariadb.password", "");
    }

    public String database() {
        return database;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The Relata database the generated DAOs run on. */
    public Database db() {
        return db;
    }

    /** Hibernate over the same pool, built on first use. */
    public SessionFactory sessionFactory() {
        if (sessionFactory == null) {
            execute("CREATE SEQUENCE " + sql("{profile_orm_seq}") + " START WITH 1000000 INCREMENT BY "
                    + Orm.PROFILE_ID_ALLOCATION);
            sessionFactory = Orm.sessionFactory(dataSource);
        }
        return sessionFactory;
    }

    /** An identifier as this database stores an unquoted one: {@code user} is {@code USER} on H2. */
    public String fold(String identifier) {
        return dialect == Dialect.H2 ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT);
    }

    /**
     * An identifier folded as by {@link #fold}, and quoted: {@code user} is {@code "USER"} on H2,
     * {@code `user`} on MariaDB.
     */
    public String quote(String identifier) {
        return dialect.quote(fold(identifier));
    }

    /** A statement with each {@code {name}} replaced by the quoted identifier. */
    public String sql(String template) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                out.append(quote(template.substring(i + 1, end)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Inserts users 1..{@code count}; with {@code chains}, also profile i of user i, page i of profile i
     * and, with {@code likes}, a Like for every page. Keys are given; the identity columns are then
     * moved past them, and PostgreSQL's statistics refreshed.
     */
    public void insertRows(int count, boolean chains, boolean likes) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            batch(connection, "INSERT INTO {user} ({id}, {username}, {is_staff}) VALUES (?, ?, ?)", count, (ps, i) -> {
                ps.setLong(1, i);
                ps.setString(2, "user" + i);
                ps.setBoolean(3, i % 2 == 0);
            });
            if (chains) {
                batch(connection, "INSERT INTO {profile} ({id}, {user_id}, {name}, {city}) VALUES (?, ?, ?, ?)", count,
                        (ps, i) -> {
                            ps.setLong(1, i);
                            ps.setLong(2, i);
                            ps.setString(3, "Name " + i);
                            ps.setString(4, "City " + i % 97);
                        });
                batch(connection, "INSERT INTO {page} ({id}, {profile_id}, {page_name}) VALUES (?, ?, ?)", count,
                        (ps, i) -> {
                            ps.setLong(1, i);
                            ps.setLong(2, i);
                            ps.setString(3, "page-" + i);
                        });
                if (likes) {
                    batch(connection, "INSERT INTO {like} ({page_ptr_id}, {likes}) VALUES (?, ?)", count, (ps, i) -> {
                        ps.setLong(1, i);
                        ps.setInt(2, i % 1000);
                    });
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String table : new String[] {"user", "profile", "page"}) {
                    statement.execute(sql(dialect == Dialect.MARIADB
                            ? "ALTER TABLE {" + table + "} AUTO_INCREMENT = " + (count + 1)
                            : "ALTER TABLE {" + table + "} ALTER COLUMN {id} RESTART WITH " + (count + 1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        analyze();
    }

    /**
     * Inserts {@code perPage} comments on each of the first {@code pages} pages, keys from 1, in one
     * transaction (scenario 7).
     */
    public void insertComments(int pages, int perPage) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            batch(connection, "INSERT INTO {comment} ({id}, {page_id}, {text}) VALUES (?, ?, ?)", pages * perPage,
                    (ps, i) -> {
                        ps.setLong(1, i);
                        ps.setLong(2, (i - 1) / perPage + 1);
                        ps.setString(3, "comment " + i);
                    });
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        analyze();
    }

    /** Deletes every profile, and so every page and like. */
    public void deleteProfiles() {
        execute(dialect == Dialect.POSTGRESQL ? sql("TRUNCATE {profile}, {page}, {like}, {comment}") : sql("DELETE FROM {profile}"));
        analyze();
    }

    /** Deletes every row of a table that no other table links to ({@code staff_note}). */
    public void empty(String table) {
        execute(sql("TRUNCATE TABLE {" + table + "}"));
        analyze();
    }

    /** Refreshes PostgreSQL's and MariaDB's statistics after bulk changes; nothing on H2. */
    public void analyze() {
        if (dialect == Dialect.POSTGRESQL) {
            execute(sql("ANALYZE {user}, {profile}, {page}, {like}, {comment}, {staff_note}"));
        } else if (dialect == Dialect.MARIADB) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // ANALYZE TABLE answers with a result set, one row per table, which must be read.
                try (ResultSet rs = statement.executeQuery(
                        sql("ANALYZE TABLE {user}, {profile}, {page}, {like}, {comment}, {staff_note}"))) {
                    while (rs.next()) {
                        if ("error".equalsIgnoreCase(rs.getString("Msg_type"))) {
                            throw new IllegalStateException("ANALYZE TABLE: " + rs.getString("Msg_text"));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public long count(String table) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql("SELECT COUNT(*) FROM {" + table + "}"))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails unless the table holds exactly {@code expected} rows: every benchmark checks its own work. */
    public void expectRows(String table, long expected) {
        long actual = count(table);
        if (actual != expected) {
            throw new IllegalStateException("Expected " + expected + " rows in " + table + ", found " + actual);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    private void batch(Connection connection, String template, int count, RowBinder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql(template))) {
            for (int i = 1; i <= count; i++) {
                binder.bind(ps, i);
                ps.addBatch();
                if (i % 1000 == 0 || i == count) {
                    ps.executeBatch();
                }
            }
        }
    }

    /** Closes Hibernate and the pool, and drops the database or schema. */
    @Override
    public void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        closeSource.run();
        if (dialect == Dialect.H2) {
            try (Connection last = DriverManager.getConnection(url, "sa", "");
                    Statement statement = last.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // SHUTDOWN closes the connection under us; the database is gone either way.
            }
        }
        if (pgSchema != null) {
            try (Connection admin = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP SCHEMA " + pgSchema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot drop schema " + pgSchema + ": " + e.getMessage(), e);
            }
        }
        if (mariadbDatabase != null) {
            try (Connection admin = DriverManager.getConnection(mariadbUrl(), mariadbUser(), mariadbPassword());
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE " + mariadbDatabase);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot drop database " + mariadbDatabase + ": " + e.getMessage(), e);
            }
        }
    }
}
