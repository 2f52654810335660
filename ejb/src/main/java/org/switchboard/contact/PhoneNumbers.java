package org.switchboard.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Turns phone numbers as PBXs and people write them ({@code +49 30 1234-5678}, {@code 0049301234 5678},
 * {@code 030 12345678}) into E.164 ({@code +493012345678}), the only form Switchboard stores and matches.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Numbers without a country code are taken as this region's; a per-tenant setting later, Germany now. */
    public static final PhoneNumbers DEFAULT = new PhoneNumbers(System.getProperty("switchboard.phone.region", "DE"));

    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 country for numbers written without a country code, e.g. {@code DE} */
    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The default region's country calling code ({@code 49} for Germany), for numbers typed with a trunk 0. */
    public String countryCallingCode() {
        return String.valueOf(UTIL.getCountryCodeForRegion(defaultRegion));
    }

    /**
     * A number the PBX reports (a caller ID), in E.164, matched only as digits: a leading {@code +} or {@code 00},
     * digits and the usual separators (space, {@code - . / ( )}). Anything else, letters above all, means it is no
     * number: libphonenumber would read {@code +49 30 CALL ME 42} as a vanity number and turn the letters into
     * digits ({@code +4930225563 42}), which could match another person's contact.
     */
    public Optional<String> callerToE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean allowed = c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '.' || c == '/' || c == '('
                    || c == ')' || c == '+';
            if (!allowed) {
                return Optional.empty();
            }
        }
        return toE164(raw);
    }

    /** The E.164 form, or empty when the text is not a plausible phone number (extensions, queue names, junk). */
    public Optional<String> toE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        // Internal extensions and the anonymous markers PBXs use are not customer numbers.
        if (text.isEmpty() || text.length() > 32 || text.chars().filter(Character::isDigit).count() < 6) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text, defaultRegion);
            if (!UTIL.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
