package org.switchboard.connector.ami;

import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.switchboard.connector.api.PbxException;

/** Sends one action on the live AMI session and waits (bounded) for its response. Thread-safe. */
public interface AmiActionSender {

    String pbxId();

    /**
     * @return the PBX's success response
     * @throws PbxException {@code unreachable = true} when not connected or no response in time,
     *                      {@code unreachable = false} with the PBX's message for {@code Response: Error}
     * @throws IllegalArgumentException when a value of the action holds a CR or LF (see {@link AmiActionValues})
     */
    ManagerResponse send(ManagerAction action) throws PbxException;
}
