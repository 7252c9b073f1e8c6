package dev.relata.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.IntegrityException;
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

    /**
     * Length is String.length(), UTF-16 units, as H2 counts it: an emoji is two, on PostgreSQL and
     * MariaDB too, which alone would take 255 of them.
     */
    @Test
    void lengthCountsAsStringLengthDoesOnEveryDatabase() {
        String emoji = "\uD83D\uDE00".repeat(127) + "t";

        Memo memo = memos.insert(new Memo(0, emoji, "body"));

        assertEquals(Optional.of(memo), memos.findById(memo.id()));
        IntegrityException refused = assertThrows(IntegrityException.class,
                () -> memos.insert(new Memo(0, "\uD83D\uDE00".repeat(128), "body")));
        assertEquals("'Memo.title' holds at most 255 characters, counted as String.length() counts them; its text"
                + " has 256; nothing was written.", refused.getMessage());
        assertEquals(1, memos.count());
    }

    /** PostgreSQL and MariaDB would cut trailing spaces past the length silently; every database refuses them here. */
    @Test
    void trailingSpacesPastTheLengthAreRefusedNotCut() {
        assertThrows(IntegrityException.class, () -> memos.insert(new Memo(0, "t".repeat(250) + "       ", "body")));
        Memo memo = memos.insert(new Memo(0, "t".repeat(250) + "     ", "body"));

        assertEquals("t".repeat(250) + "     ", memos.findById(memo.id()).orElseThrow().title());
        assertEquals(1, memos.count());
    }

    /** PostgreSQL and MariaDB would store a lone surrogate as '?'; every database refuses it here. */
    @Test
    void anUnpairedSurrogateIsRefusedNotReplaced() {
        IntegrityException refused = assertThrows(IntegrityException.class,
                () -> memos.insert(new Memo(0, "ab\uD800c", "body")));

        assertEquals("'Memo.title' cannot store its text: the character at index 2 is half of a surrogate pair"
                + " (\\ud800), which no database keeps; nothing was written.", refused.getMessage());
        assertEquals(0, memos.count());
    }

    @Test
    void anUpdateIsCheckedAsAnInsertIs() {
        Memo memo = memos.insert(new Memo(0, "title", "body"));

        assertThrows(IntegrityException.class, () -> memos.update(new Memo(memo.id(), "t".repeat(256), "body")));

        assertEquals(Optional.of(memo), memos.findById(memo.id()));
    }
}
