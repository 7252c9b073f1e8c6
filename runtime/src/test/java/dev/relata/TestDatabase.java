package dev.relata;

import dev.relata.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A private in-memory H2 database, speaking H2 or, in H2's MariaDB mode, the MariaDB dialect.
 * Statements are {@link dev.relata.internal.Sql} templates, and every helper runs on a fresh
 * connection of its own, so it sees only committed rows.
 */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Dialect dialect;

    private TestDatabase(Dialect dialect, String mode) {
        this.dialect = dialect;
        dataSource.setURL("jdbc:h2:mem:relata_test_" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1" + mode);
    }

    public static TestDatabase create() {
        return new TestDatabase(Dialect.H2, "");
    }

    /** H2 in its MariaDB mode, with backtick-quoted lower-case identifiers. */
    public static TestDatabase mariadb() {
        return new TestDatabase(Dialect.MARIADB, ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Database database() {
        return Database.of(dataSource, dialect);
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public void execute(String... templates) {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String template : templates) {
                statement.execute(Sql.of(dialect, template).text());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed rows' values of one column, in order of the key column {@code id}. */
    public List<Object> column(String table, String column) {
        String sql = Sql.of(dialect, "SELECT {" + column + "} FROM {" + table + "} ORDER BY {id}").text();
        try (Connection connection = connection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            List<Object> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed keys of the table, in order. */
    public List<Object> ids(String table) {
        return column(table, "id");
    }

    public long count(String table) {
        return ids(table).size();
    }

    @Override
    public void close() {
        execute("SHUTDOWN");
    }
}
