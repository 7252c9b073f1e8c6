package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Database.of(DataSource)} reads the dialect off the connection, on every test database. */
class DialectDetectionTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with();

    @Test
    void theDialectIsDetectedFromTheConnectionsMetadata() {
        assertEquals(database.dialect(), Database.of(database.dataSource()).dialect());
    }
}
