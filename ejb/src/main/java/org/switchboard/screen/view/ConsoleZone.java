package org.switchboard.screen.view;

import java.time.ZoneId;

/**
 * The time zone the console shows times in: the contact center's, system property {@code switchboard.zone}
 * (e.g. Europe/Berlin), else the server's. Read once; the pop, the template preview and the pages all use it.
 */
public final class ConsoleZone {

    public static final ZoneId ZONE = ZoneId.of(System.getProperty("switchboard.zone",
            ZoneId.systemDefault().getId()));

    private ConsoleZone() {
    }
}
