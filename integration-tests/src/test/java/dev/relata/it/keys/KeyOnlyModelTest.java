package dev.relata.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A model with no column but its generated key: the insert has no value to give, on every database. */
class KeyOnlyModelTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.KEYS);

    final TokenDao tokens = new TokenDao(database.db());

    @Test
    void insertGeneratesTheKey() {
        Token token = tokens.insert(new Token(0));

        assertNotEquals(0, token.id());
        assertEquals(List.of(token), tokens.findAll());
    }

    @Test
    void insertAllGeneratesAKeyForEveryRow() {
        List<Token> stored = tokens.insertAll(List.of(new Token(0), new Token(0), new Token(0)));

        assertEquals(3, new HashSet<>(stored).size());
        assertEquals(stored, tokens.findAll());
    }
}
