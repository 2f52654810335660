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

    /** A channel name is its device plus "-<sequence>" and, for Local channels, ";1" or ";2". */
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile("-[0-9a-fA-F]+(;[12])?$");

    private final String interfaceTemplate;
    private final String stateTemplate;
    private final String originateTemplate;

    public PhoneInterfaces(String interfaceTemplate, String stateTemplate, String originateTemplate) {
        this.interfaceTemplate = interfaceTemplate;
        this.stateTemplate = stateTemplate;
        this.originateTemplate = originateTemplate;
    }

    public static PhoneInterfaces fromSystemProperties() {
        return new PhoneInterfaces(System.getProperty("switchboard.member.interface", "Local/{ext}@agents/n"),
                System.getProperty("switchboard.member.state-interface", "Custom:agent{ext}"),
                System.getProperty("switchboard.originate.channel", "Local/{ext}@agents"));
    }

    /** The channel Originate rings first for click-to-dial: the agent's own phone. */
    public String originateChannel(String extension) {
        return originateTemplate.replace("{ext}", validated(extension));
    }

    /**
     * The device a channel belongs to ({@code Local/1001@agents-00000072;1} and {@code PJSIP/1001-0000002a} give
     * {@code Local/1001@agents} and {@code PJSIP/1001}), to compare with a member interface without its
     * {@code /n} option.
     */
    public static String deviceOfChannel(String channel) {
        return channel == null ? null : CHANNEL_SUFFIX.matcher(channel).replaceFirst("");
    }

    public static String deviceOfInterface(String memberInterface) {
        return memberInterface == null ? null : memberInterface.replaceFirst("/n$", "");
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
