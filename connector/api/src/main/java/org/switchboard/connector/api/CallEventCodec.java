package org.switchboard.connector.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * The wire form of {@link CallEvent} on the call topic: JSON text, never serialized Java objects, so a
 * message can be read by any consumer and by an operator browsing the queue.
 */
public final class CallEventCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private CallEventCodec() {
    }

    public static String toJson(CallEvent event) {
        return JSONB.toJson(event);
    }

    /**
     * @throws IllegalArgumentException if the text is not a valid call event
     */
    public static CallEvent fromJson(String json) {
        try {
            CallEvent event = JSONB.fromJson(json, CallEvent.class);
            if (event == null) {
                throw new IllegalArgumentException("empty call event");
            }
            return event;
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not a call event: " + e.getMessage(), e);
        }
    }
}
