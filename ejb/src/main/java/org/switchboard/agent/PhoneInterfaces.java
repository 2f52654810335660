package org.switchboard.agent;

import java.util.regex.Pattern;

/**
 * How an agent's phone appears to the PBX as a queue member: the dial string the queue rings and the state
 * interface whose device state tells the queue the phone is busy. Templates come from the server
 * configuration ({@code switchboard.member.interface}, {@code switchboard.member.state-interface}); the
 * defaults fit the Local-channel dialplan of the shared captures and the PBX simulator.
 */
public final class PhoneInterfaces {

    private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,8}");

    private final String interfaceTemplate;
    private final String stateTemplate;

    public PhoneInterfaces(String interfaceTemplate, String stateTemplate) {
        this.interfaceTemplate = interfaceTemplate;
        this.stateTemplate = stateTemplate;
    }

    public static PhoneInterfaces fromSystemProperties() {
        return new PhoneInterfaces(System.getProperty("switchboard.member.interface", "Local/{ext}@agents/n"),
                System.getProperty("switchboard.member.state-interface", "Custom:agent{ext}"));
    }

    /** @throws IllegalArgumentException when the text is not an internal extension (digits only, 2 to 8) */
    public String memberInterface(String extension) {
        return interfaceTemplate.replace("{ext}", validated(extension));
    }

    public String stateInterface(String extension) {
        return stateTemplate.replace("{ext}", validated(extension));
    }

    private static String validated(String extension) {
        String ext = extension == null ? "" : extension.strip();
        if (!EXTENSION.matcher(ext).matches()) {
            throw new IllegalArgumentException("An extension is 2 to 8 digits, not '" + extension + "'");
        }
        return ext;
    }
}
