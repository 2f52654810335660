package org.switchboard.connector.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire form of {@link CallEvent} on the call topic: JSON text, never serialized Java objects, so a
 * message can be read by any consumer and by an operator browsing the queue.
 */
public final class CallEventCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final Type LIST_OF_EVENTS = new ArrayList<CallEvent>() { }.getClass().getGenericSuperclass();

    private CallEventCodec() {
    }

    /** A batch as one message body: a JSON array, in publishing order. */
    public static String toJson(List<CallEvent> events) {
        return JSONB.toJson(events, LIST_OF_EVENTS);
    }

    /**
     * Reads a message body: a JSON array of events, or a single event object (the form before batches, so
     * messages still in the journal after an upgrade are read too).
     *
     * @throws IllegalArgumentException if the text is neither
     */
    public static List<CallEvent> fromJsonBatch(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("empty call event message");
        }
        if (!json.stripLeading().startsWith("[")) {
            return List.of(fromJson(json));
        }
        try {
            List<CallEvent> events = JSONB.fromJson(json, LIST_OF_EVENTS);
            if (events == null || events.contains(null)) {
                throw new IllegalArgumentException("null in call event batch");
            }
            return List.copyOf(events);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not a call event batch: " + e.getMessage(), e);
        }
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
