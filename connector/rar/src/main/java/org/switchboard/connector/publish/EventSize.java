package org.switchboard.connector.publish;

import java.util.Map;

import org.switchboard.connector.api.CallEvent;

/**
 * What one buffered {@link CallEvent} costs on the heap, estimated from its contents: the bound of the
 * {@link EventBuffer} is in bytes because an event's size is set by what the PBX sends (a caller name of 300
 * characters, a channel name of 1,000), so a count would bound nothing. Cheap enough for asterisk-java's event
 * thread: a sum of string lengths, no encoding.
 */
final class EventSize {

    /** Record header and 19 references, the Instant, the queue node, the enum and boxed numbers. */
    static final int FIXED = 192;
    /** A String's header, its array's header and hash, before the characters. */
    static final int PER_STRING = 40;

    private EventSize() {
    }

    static long of(CallEvent e) {
        long bytes = FIXED;
        bytes += text(e.eventId()) + text(e.pbxId()) + text(e.linkedId()) + text(e.uniqueId()) + text(e.channel())
                + text(e.queue()) + text(e.callerNumber()) + text(e.callerName()) + text(e.memberInterface())
                + text(e.memberName()) + text(e.destChannel()) + text(e.destUniqueId()) + text(e.reason());
        Map<String, String> attributes = e.attributes();
        if (!attributes.isEmpty()) {
            bytes += 64; // the map itself
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                bytes += 32 + text(a.getKey()) + text(a.getValue());
            }
        }
        return bytes;
    }

    /** Two bytes a character: compact strings use one for Latin-1, but a bound must not undercount. */
    private static long text(String s) {
        return s == null ? 0 : PER_STRING + 2L * s.length();
    }
}
