package org.switchboard.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.switchboard.screen.view.ConsoleZone;

/**
 * Times as the console shows them: "2026-11-23 05:14:07" in the contact center's time zone (system property
 * {@code switchboard.zone}, e.g. Europe/Berlin; the server's zone when unset). The API keeps ISO-8601 instants.
 */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** For pages: #{times.of(call.startedAt())}. */
    public String of(Instant instant) {
        return format(instant);
    }

    /** Empty for no time (a call not answered yet). */
    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(ConsoleZone.ZONE));
    }

    /** "4:05" minutes and seconds; empty without a talk time. */
    public static String duration(Integer seconds) {
        return seconds == null ? "" : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
