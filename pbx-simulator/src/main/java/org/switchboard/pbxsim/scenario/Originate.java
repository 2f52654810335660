package org.switchboard.pbxsim.scenario;

import java.util.List;

/**
 * What an Originate action asked for, as far as the simulated phone leg needs it.
 *
 * @param actionId      echoed in OriginateResponse
 * @param variables     Variable headers as name/value pairs
 * @param cidNum        CallerID number, or null
 * @param cidName       CallerID name, or null
 * @param timeoutMillis how long the phone may ring before OriginateResponse Failure (Reason 3)
 */
public record Originate(String actionId, List<String[]> variables, String cidNum, String cidName,
        long timeoutMillis) {
}
