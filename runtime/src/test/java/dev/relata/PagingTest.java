package dev.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void nextSkipsThisPage() {
        assertEquals(new Paging(0, 20), Paging.first(20));
        assertEquals(new Paging(20, 20), Paging.first(20).next());
        assertEquals(new Paging(45, 15), new Paging(30, 15).next());
    }

    @Test
    void aPageHasARowAndStartsAtARow() {
        assertThrows(IllegalArgumentException.class, () -> Paging.first(0));
        assertThrows(IllegalArgumentException.class, () -> new Paging(-1, 10));
    }

    @Test
    void theLastPossiblePageHasNoNextOne() {
        assertEquals(new Paging(Long.MAX_VALUE, 10), new Paging(Long.MAX_VALUE - 10, 10).next());

        IllegalStateException none = assertThrows(IllegalStateException.class, () -> new Paging(Long.MAX_VALUE - 9, 10).next());
        assertEquals("No page follows the one at offset 9223372036854775798: the next would start beyond "
                + "9223372036854775807 rows.", none.getMessage());
    }
}
