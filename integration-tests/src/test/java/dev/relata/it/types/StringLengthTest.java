package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.RelataException;
import dev.relata.it.ModelPackage;
import dev.relata.it.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A String column is {@code VARCHAR(255)}, or {@code VARCHAR(length)} with {@code @Column(length = ...)}. */
class StringLengthTest {
    @RegisterExtension
    final TestDatabase database = TestDatabase.with(ModelPackage.TYPES);

    final MemoDao memos = new MemoDao(database.db());

    @Test
    void aStringOf255CharactersFitsTheDefaultLength() {
        Memo memo = memos.insert(new Memo(0, "t".repeat(255), "body"));

        assertEquals(Optional.of(memo), memos.findById(memo.id()));
    }

    @Test
    void aStringLongerThanTheDefaultLengthIsRefusedAndWritesNothing() {
        assertThrows(RelataException.class, () -> memos.insert(new Memo(0, "t".repeat(256), "body")));

        assertEquals(0, memos.count());
    }

    @Test
    void columnLengthAllowsLongerStrings() {
        Memo memo = memos.insert(new Memo(0, "title", "b".repeat(2000)));

        assertEquals(Optional.of(memo), memos.findById(memo.id()));
        assertThrows(RelataException.class, () -> memos.insert(new Memo(0, "title", "b".repeat(2001))));
    }
}
