package org.switchboard.pbxsim;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An action a client sent.
 *
 * @param name    value of the Action header
 * @param headers all headers, first value per name (as received, including Action and ActionID)
 * @param variables every Variable header (Originate can carry several)
 */
public record RecordedAction(String name, Map<String, String> headers, List<String> variables, Instant receivedAt) {
    /** Header value (case-insensitive name), or null. */
    public String get(String header) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(header)) {
                return e.getValue();
            }
        }
        return null;
    }
}
