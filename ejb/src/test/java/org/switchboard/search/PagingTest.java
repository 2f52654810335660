package org.switchboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.search.Paging.Slice;

class PagingTest {

    @Test
    void aPageWithinTheFirstList() {
        assertEquals(List.of(new Slice(0, 10, 10)), Paging.slices(10, 10, 25, 5));
    }

    @Test
    void aPageAcrossTheBoundary() {
        assertEquals(List.of(new Slice(0, 20, 5), new Slice(1, 0, 5)), Paging.slices(20, 10, 25, 30));
    }

    @Test
    void aPageInTheSecondList() {
        assertEquals(List.of(new Slice(1, 5, 10)), Paging.slices(30, 10, 25, 30));
    }

    @Test
    void theLastPageIsShort() {
        assertEquals(List.of(new Slice(1, 0, 3)), Paging.slices(10, 10, 10, 3));
    }

    @Test
    void emptyListsAreSkippedAndPastTheEndIsEmpty() {
        assertEquals(List.of(new Slice(2, 0, 4)), Paging.slices(0, 10, 0, 0, 4));
        assertEquals(List.of(), Paging.slices(100, 10, 10, 3));
        assertEquals(List.of(), Paging.slices(0, 10));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Paging.slices(-1, 10, 5));
        assertThrows(IllegalArgumentException.class, () -> Paging.slices(0, 0, 5));
    }
}
