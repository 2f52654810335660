package org.switchboard.web.records;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the record pages: "2026-11-23 14:05", in the server's zone. */
final class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private DisplayTime() {
    }

    static String of(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }

    /** "4:05" minutes and seconds, "" without a talk time. */
    static String duration(Integer seconds) {
        return seconds == null ? "" : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
