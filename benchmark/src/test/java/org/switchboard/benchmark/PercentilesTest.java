package org.switchboard.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundred() {
        List<Long> values = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            values.add(i);
        }
        assertEquals(new Percentiles(100, 50, 90, 99, 100), Percentiles.of(values));
    }

    @Test
    void fewSamplesReportMeasuredValues() {
        assertEquals(new Percentiles(3, 20, 30, 30, 30), Percentiles.of(List.of(30L, 10L, 20L)));
        assertEquals(-1, Percentiles.of(List.of()).p50());
    }
}
