package org.switchboard.history;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Merges calls, case events and notes into one history, newest first. Entries at the same instant keep a fixed
 * order (a case is opened before the note written about it, and closed after), so the page does not reshuffle
 * on reload; entries without a time (a call the PBX never reported a start for) go last.
 */
public final class Timeline {

    /** Same instant: later in this order means "happened after", so it is shown above. */
    private static final List<HistoryEntry.Kind> SAME_INSTANT_ORDER = List.of(HistoryEntry.Kind.CASE_OPENED,
            HistoryEntry.Kind.CALL, HistoryEntry.Kind.NOTE, HistoryEntry.Kind.CASE_CLOSED);

    static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator
            .comparing(HistoryEntry::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(e -> SAME_INSTANT_ORDER.indexOf(e.kind()))
            .thenComparingLong(HistoryEntry::id)
            .reversed();

    private Timeline() {
    }

    /** The newest {@code maxEntries} of all sources, newest first. */
    @SafeVarargs
    public static List<HistoryEntry> merge(int maxEntries, Collection<HistoryEntry>... sources) {
        return Stream.of(sources).filter(Objects::nonNull).flatMap(Collection::stream).sorted(NEWEST_FIRST)
                .limit(Math.max(0, maxEntries)).toList();
    }
}
