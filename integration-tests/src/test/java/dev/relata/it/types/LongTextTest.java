package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.IntegrityException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code @Column(length)} beyond the longest VARCHAR of a database is created as its text type
 * (the schema of this package is created, and passes {@code validate}, on every database), holds text
 * of its length, and refuses longer text as a VARCHAR column does.
 */
class LongTextTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    final EssayDao essays = new EssayDao(database.db());

    @Test
    void textOfTheColumnsLengthComesBack() {
        // Four-byte characters: 80,000 bytes in utf8mb4, more than a MariaDB row holds inline.
        String body = "\uD83D\uDE00".repeat(10_000);
        String appendix = "appendix ".repeat(1_200_000);

        Essay stored = essays.insert(new Essay(0, body, appendix));

        Essay read = essays.findById(stored.id()).orElseThrow();
        assertEquals(body, read.body());
        assertEquals(appendix, read.appendix());
    }

    @Test
    void longerTextIsRefusedBeforeAnythingIsWritten() {
        assertThrows(IntegrityException.class, () -> essays.insert(new Essay(0, "x".repeat(20_001), null)));

        assertEquals(0, essays.count());
    }
}
