package org.switchboard.pbxsim.pbx;

/**
 * The bridge snapshot fields AMI bridge events carry. A two-party call uses a basic bridge; app_confbridge builds a
 * base bridge with the softmix technology, named after the conference, with ConfBridge as its creator.
 */
public record Bridge(String id, String type, String technology, String creator, String name) {

    public static Bridge basic(String id) {
        return new Bridge(id, "basic", "simple_bridge", Channel.UNKNOWN, Channel.UNKNOWN);
    }

    public static Bridge confBridge(String id, String conference) {
        return new Bridge(id, "base", "softmix", "ConfBridge", conference);
    }
}
