package org.switchboard.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowWindowTest {

    @ParameterizedTest(name = "offset {0}, limit {1} -> rows {2}..+{3}")
    @CsvSource(nullValues = "none", value = {
        "none, none,   0,  50",   // nobody sized the page: the default
        "100,  20,     100, 20",
        "0,    500,    0,  500",
        "0,    100000, 0,  500",  // never more than the maximum in one request
    })
    void aPageIsAlwaysBounded(Integer offset, Integer limit, int expectedOffset, int expectedLimit) {
        assertEquals(new RowWindow(expectedOffset, expectedLimit), RowWindow.of(offset, limit, 50, 500));
    }

    @ParameterizedTest(name = "offset {0}, limit {1} refused")
    @CsvSource({"-1, 10", "0, 0", "0, -5"})
    void nonsenseIsRefused(int offset, int limit) {
        assertThrows(IllegalArgumentException.class, () -> RowWindow.of(offset, limit, 50, 500));
    }
}
