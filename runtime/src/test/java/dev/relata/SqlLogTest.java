package dev.relata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL log, seen as the README tells users to see it: through {@code java.util.logging}, which
 * {@link System.Logger} routes to by default, on the logger {@code dev.relata.sql}.
 */
class SqlLogTest {
    private static final String INSERT = "INSERT INTO \"ITEM\" (\"ID\") VALUES (?)";

    private final Logger logger = Logger.getLogger("dev.relata.sql");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private TestDatabase h2;
    private Database db;

    @BeforeEach
    void setUp() {
        h2 = TestDatabase.create();
        h2.execute(Items.CREATE);
        db = h2.database();
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @AfterEach
    void tearDown() {
        logger.removeHandler(handler);
        logger.setLevel(null);
        h2.close();
    }

    private void insert(long id) {
        db.runInTransaction(() -> db.withConnection(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        }));
    }

    @Test
    void debugLogsEachStatementWithItsTimingButNoValues() {
        logger.setLevel(Level.FINE);

        insert(424242);

        assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.FINE && r.getMessage().startsWith(INSERT)
                && r.getMessage().matches(".*\\(\\d+\\.\\d{3} ms\\)")), messages());
        assertTrue(records.stream().anyMatch(r -> r.getMessage().startsWith("COMMIT")), messages());
        assertTrue(records.stream().noneMatch(r -> r.getMessage().contains("424242")), messages());
    }

    @Test
    void traceLogsTheBoundValuesToo() {
        logger.setLevel(Level.FINEST);

        insert(424242);

        assertTrue(records.stream().anyMatch(r -> r.getLevel().intValue() < Level.FINE.intValue()
                && r.getMessage().contains("1=424242")), messages());
    }

    @Test
    void nothingIsLoggedWhenDebugIsOff() {
        logger.setLevel(Level.INFO);

        insert(1);

        assertTrue(records.isEmpty(), messages());
    }

    private String messages() {
        return records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString();
    }
}
