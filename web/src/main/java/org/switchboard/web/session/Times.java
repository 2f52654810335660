package org.switchboard.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the console shows them: "2026-11-23 05:14:07" in the contact center's time zone (system property
 * {@code switchboard.zone}, e.g. Europe/Berlin; the server's zone when unset). The API keeps ISO-8601 instants.
 */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone = ZoneId.of(System.getProperty("switchboard.zone", ZoneId.systemDefault().getId()));

    /** Empty for no time (a call not answered yet). */
    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone));
    }
}
