package org.switchboard.agent;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How an agent's phone appears to the PBX: the queue member interface the queues ring, the state interface
 * whose device state tells the queue the phone is busy, and the channel Originate rings first (click-to-dial,
 * the nailed-up leg). Dial-string templates per phone kind come from the server configuration
 * ({@code switchboard.phone.<kind>.member|state|originate}, {@code switchboard.nailed.member|state}); the
 * defaults fit the dialplan in the README and the PBX simulator. Placeholders: {@code {phone}} (also
 * {@code {ext}}) and {@code {user}}.
 */
public final class PhoneInterfaces {

    /** A channel name is its device plus "-<sequence>" and, for Local channels, ";1" or ";2". */
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile("-[0-9a-fA-F]+(;[12])?$");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The three dial strings of one kind of phone. */
    public record Templates(String member, String state, String originate) {
    }

    private final Map<PhoneKind, Templates> byKind;
    private final Templates nailed;

    public PhoneInterfaces(Map<PhoneKind, Templates> byKind, Templates nailed) {
        this.byKind = new EnumMap<>(byKind);
        this.nailed = nailed;
        for (PhoneKind kind : PhoneKind.values()) {
            if (!this.byKind.containsKey(kind)) {
                throw new IllegalArgumentException("No dial-string templates for " + kind);
            }
        }
    }

    public static PhoneInterfaces defaults() {
        return new PhoneInterfaces(Map.of(
                PhoneKind.EXTENSION, new Templates("Local/{phone}@agents/n", "Custom:agent{phone}", "Local/{phone}@agents"),
                PhoneKind.SIP, new Templates("PJSIP/{phone}", "PJSIP/{phone}", "PJSIP/{phone}"),
                PhoneKind.EXTERNAL, new Templates("Local/{phone}@switchboard-remote/n",
                        "Local/{phone}@switchboard-remote", "Local/{phone}@switchboard-remote")),
                // The nailed leg sits in ConfBridge agent-<user>; queue calls join it through this Local channel.
                new Templates("Local/{user}@switchboard-nailed/n", "Local/{user}@switchboard-nailed",
                        "Local/{user}@switchboard-nailed"));
    }

    /** The defaults, with every template overridable by a system property (see the class comment). */
    public static PhoneInterfaces fromSystemProperties() {
        PhoneInterfaces d = defaults();
        Map<PhoneKind, Templates> kinds = new EnumMap<>(PhoneKind.class);
        for (PhoneKind kind : PhoneKind.values()) {
            String prefix = "switchboard.phone." + kind.name().toLowerCase() + ".";
            Templates t = d.byKind.get(kind);
            kinds.put(kind, new Templates(System.getProperty(prefix + "member", t.member()),
                    System.getProperty(prefix + "state", t.state()), System.getProperty(prefix + "originate",
                            t.originate())));
        }
        Templates n = d.nailed;
        return new PhoneInterfaces(kinds, new Templates(System.getProperty("switchboard.nailed.member", n.member()),
                System.getProperty("switchboard.nailed.state", n.state()),
                System.getProperty("switchboard.nailed.originate", n.originate())));
    }

    /** The interface the queues ring: the phone itself, or for a nailed-up agent the way into their conference. */
    public String memberInterface(Phone phone, String username) {
        return fill(phone.nailedUp() ? nailed.member() : byKind.get(phone.kind()).member(), phone, username);
    }

    public String stateInterface(Phone phone, String username) {
        return fill(phone.nailedUp() ? nailed.state() : byKind.get(phone.kind()).state(), phone, username);
    }

    /**
     * The channel click-to-dial rings first: the agent's phone, or for a nailed-up agent their conference (the
     * phone is already off the hook).
     */
    public String dialChannel(Phone phone, String username) {
        return fill(phone.nailedUp() ? nailed.originate() : byKind.get(phone.kind()).originate(), phone, username);
    }

    /** The channel that dials the phone itself: the nailed-up leg at sign-in. */
    public String phoneChannel(Phone phone, String username) {
        return fill(byKind.get(phone.kind()).originate(), phone, username);
    }

    /** The ConfBridge a nailed-up agent is held in (the switchboard-nailed dialplan uses the same name). */
    public static String conference(String username) {
        return "agent-" + checkedUser(username);
    }

    private static String fill(String template, Phone phone, String username) {
        return template.replace("{phone}", phone.value()).replace("{ext}", phone.value())
                .replace("{user}", checkedUser(username));
    }

    private static String checkedUser(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username in a dial string is letters, digits, . _ - only");
        }
        return username;
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
}
