package org.switchboard.dialling;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A tenant's rules for the numbers Switchboard makes the PBX dial outside: an agent's external phone at sign-in
 * and every click-to-dial number. The countries that may be called (empty: any), the number types that may not
 * (as libphonenumber tells them: premium rate, shared cost, ...), and whether an external agent phone needs an
 * administrator's approval first. Extensions and SIP devices are inside the PBX and never come here.
 *
 * @param allowedCountries        ISO 3166 region codes ({@code DE}); empty allows every country
 * @param blockedTypes            number types refused
 * @param approveExternalPhones   an agent may sign in with an external number only once an administrator
 *                                approved it for them
 */
public record DiallingPolicy(Set<String> allowedCountries, Set<PhoneNumberType> blockedTypes,
        boolean approveExternalPhones) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** A tenant without a stored policy: any country, no premium-rate or shared-cost numbers, no approval. */
    public static final DiallingPolicy DEFAULT = new DiallingPolicy(Set.of(),
            EnumSet.of(PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST), false);

    /** What the number is for: the rules differ only in the approval, which is for agents' phones. */
    public enum Use {
        AGENT_PHONE, DIAL
    }

    public DiallingPolicy {
        allowedCountries = Set.copyOf(new TreeSet<>(allowedCountries));
        blockedTypes = blockedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blockedTypes));
        for (String country : allowedCountries) {
            if (!UTIL.getSupportedRegions().contains(country)) {
                throw new IllegalArgumentException("Not a country code: " + country + " (ISO 3166, e.g. DE)");
            }
        }
    }

    /**
     * Reads the stored (or typed) form: {@code "DE, at"} and {@code "premium_rate, shared-cost"}.
     *
     * @throws IllegalArgumentException naming the unknown country or type
     */
    public static DiallingPolicy parse(String countries, String types, boolean approveExternalPhones) {
        Set<String> allowed = new TreeSet<>();
        for (String code : split(countries)) {
            allowed.add(code.toUpperCase(Locale.ROOT));
        }
        Set<PhoneNumberType> blocked = EnumSet.noneOf(PhoneNumberType.class);
        for (String type : split(types)) {
            String name = type.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            try {
                blocked.add(PhoneNumberType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a number type: " + type + " (one of "
                        + Arrays.stream(PhoneNumberType.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")");
            }
        }
        return new DiallingPolicy(allowed, blocked, approveExternalPhones);
    }

    private static java.util.List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return java.util.List.of();
        }
        if (list.length() > 400) {
            throw new IllegalArgumentException("A list of at most 400 characters");
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every number type's name, for a form to choose from ({@code FIXED_LINE}, ... {@code UNKNOWN}). */
    public static java.util.List<String> typeNames() {
        return Arrays.stream(PhoneNumberType.values()).map(Enum::name).toList();
    }

    /** The blocked types' names, sorted ({@code PREMIUM_RATE}), for callers that do not use libphonenumber. */
    public java.util.List<String> blockedTypeNames() {
        return blockedTypes.stream().map(Enum::name).sorted().toList();
    }

    /** The stored form of the countries, {@code "AT,CH,DE"}. */
    public String countriesText() {
        return String.join(",", new TreeSet<>(allowedCountries));
    }

    /** The stored form of the types, {@code "PREMIUM_RATE,SHARED_COST"}. */
    public String typesText() {
        return blockedTypes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Why this number may not be used, naming the rule; empty when it may.
     *
     * @param use      an agent's phone at sign-in, or a number dialled
     * @param e164     the number in E.164
     * @param approved an administrator approved it for this agent (only asked for {@link Use#AGENT_PHONE})
     */
    public Optional<String> refusal(Use use, String e164, boolean approved) {
        PhoneNumber number;
        try {
            number = UTIL.parse(e164, "ZZ");
        } catch (NumberParseException e) {
            return Optional.of("Dialling policy: " + e164 + " is not a phone number");
        }
        String country = UTIL.getRegionCodeForNumber(number);
        if (country == null) { // shared country code, number valid in none of its countries: take the main one
            country = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
        }
        if (!allowedCountries.isEmpty() && !allowedCountries.contains(country)) {
            return Optional.of("Dialling policy: numbers in " + countryName(country) + " are not allowed here "
                    + "(allowed countries: " + String.join(", ", new TreeSet<>(allowedCountries)) + ")");
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        if (blockedTypes.contains(type)) {
            return Optional.of("Dialling policy: " + e164 + " is a " + typeName(type) + " number, and "
                    + typeName(type) + " numbers are blocked");
        }
        if (use == Use.AGENT_PHONE && approveExternalPhones && !approved) {
            return Optional.of("Dialling policy: your phone " + e164 + " awaits approval by an administrator; "
                    + "sign in with it once it is approved, or use your extension");
        }
        return Optional.empty();
    }

    /** "premium-rate", "shared-cost", "toll-free". */
    static String typeName(PhoneNumberType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "US (United States)", or the code alone for non-geographic numbers. */
    private static String countryName(String code) {
        if (code == null || code.equals("001") || code.equals("ZZ")) {
            return "no country (a non-geographic number)";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : code + " (" + name + ")";
    }
}
