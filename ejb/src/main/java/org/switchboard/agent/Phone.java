package org.switchboard.agent;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The phone an agent signs in with, validated: whatever reaches a dial string passes one of these patterns, so
 * no channel technology, context or dial option can be smuggled in.
 *
 * @param kind     extension, SIP device or external number
 * @param value    the extension digits, the device name, or the E.164 number
 * @param nailedUp the phone is dialled once at sign-in and held between calls
 */
public record Phone(PhoneKind kind, String value, boolean nailedUp) {

    private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,8}");
    private static final Pattern SIP = Pattern.compile("(?i)(?:pjsip/|sip:)([A-Za-z0-9][A-Za-z0-9_.-]{0,39})");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public Phone {
        boolean valid = switch (kind) {
            case EXTENSION -> EXTENSION.matcher(value).matches();
            case SIP -> SIP.matcher("PJSIP/" + value).matches();
            case EXTERNAL -> E164.matcher(value).matches();
        };
        if (!valid) {
            throw new IllegalArgumentException("Not a valid " + kind.name().toLowerCase() + ": " + value);
        }
    }

    /**
     * Reads what the agent typed: 2 to 8 digits are an extension, {@code PJSIP/name} or {@code sip:name} a SIP
     * device, anything the number parser accepts (in any common format) an external number.
     *
     * @param toE164 the deployment's number normaliser (default country for national formats)
     * @throws IllegalArgumentException with a message for the agent
     */
    public static Phone parse(String input, boolean nailedUp, Function<String, Optional<String>> toE164) {
        String text = input == null ? "" : input.strip();
        if (EXTENSION.matcher(text).matches()) {
            return new Phone(PhoneKind.EXTENSION, text, nailedUp);
        }
        var sip = SIP.matcher(text);
        if (sip.matches()) {
            return new Phone(PhoneKind.SIP, sip.group(1), nailedUp);
        }
        Optional<String> e164 = text.isEmpty() ? Optional.empty() : toE164.apply(text);
        if (e164.isPresent() && E164.matcher(e164.get()).matches()) {
            return new Phone(PhoneKind.EXTERNAL, e164.get(), nailedUp);
        }
        throw new IllegalArgumentException("Give an extension (2 to 8 digits), a SIP device (PJSIP/name) or a "
                + "phone number, not '" + input + "'");
    }

    /** As shown to people: the number or extension, or PJSIP/device. */
    public String display() {
        return kind == PhoneKind.SIP ? "PJSIP/" + value : value;
    }
}
