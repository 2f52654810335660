package org.switchboard.connector.publish;

/**
 * The hook from publishing to the AMI session: events were dropped, so what the consumers know of the PBX has
 * holes; the session is to read the PBX's state again (its resync path), which closes the calls whose end was
 * lost. Must return at once: it is called on the publisher's thread.
 */
@FunctionalInterface
public interface ResyncRequest {

    void request();

    ResyncRequest NONE = () -> {
    };
}
