package org.switchboard.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private static HistoryEntry call(long id, Instant at) {
        return HistoryEntry.call(id, at, "INBOUND", "agent1", 60, "ANSWERED", "resolved", "notes", null, 1L,
                "+4930123456789");
    }

    @Test
    void everythingNewestFirst() {
        HistoryEntry oldCall = call(1, T0);
        HistoryEntry opened = HistoryEntry.caseOpened(7, T0.plusSeconds(60), "agent1", "CS-000007", "Parcel", 1L);
        HistoryEntry note = HistoryEntry.note(3, T0.plusSeconds(120), "agent1", "Called back", null, 1L);
        HistoryEntry newCall = call(2, T0.plusSeconds(180));
        HistoryEntry closed = HistoryEntry.caseClosed(7, T0.plusSeconds(240), "agent1", "CS-000007", "Parcel", 1L);
        assertEquals(List.of(closed, newCall, note, opened, oldCall),
                Timeline.merge(10, List.of(oldCall, newCall), List.of(opened), List.of(closed), List.of(note)));
    }

    @Test
    void theSameInstantHasAFixedOrder() {
        HistoryEntry opened = HistoryEntry.caseOpened(7, T0, "agent1", "CS-000007", "Parcel", 1L);
        HistoryEntry closed = HistoryEntry.caseClosed(7, T0, "agent1", "CS-000007", "Parcel", 1L);
        HistoryEntry note = HistoryEntry.note(3, T0, "agent1", "About the parcel", "CS-000007", 1L);
        HistoryEntry c = call(5, T0);
        List<HistoryEntry> expected = List.of(closed, note, c, opened);
        assertEquals(expected, Timeline.merge(10, List.of(opened, c), List.of(note, closed)));
        assertEquals(expected, Timeline.merge(10, List.of(closed, note), List.of(c, opened)));
    }

    @Test
    void onlyTheNewestAreKeptAndUndatedGoLast() {
        HistoryEntry undated = call(9, null);
        List<HistoryEntry> merged = Timeline.merge(2, List.of(call(1, T0), undated, call(2, T0.plusSeconds(1))));
        assertEquals(List.of(2L, 1L), merged.stream().map(HistoryEntry::id).toList());
        assertEquals(undated, Timeline.merge(5, List.of(undated, call(1, T0))).get(1));
    }

    @Test
    void noSourcesNoHistory() {
        assertEquals(List.of(), Timeline.merge(10));
        assertEquals(List.of(), Timeline.merge(10, List.of(), null));
    }
}
