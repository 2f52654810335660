package org.switchboard.casework;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number customers quote for a case: {@code CS-} and the value of {@code case_number_seq}, zero-padded to six
 * digits ({@code CS-000123}) and simply longer after 999999 ({@code CS-1234567}).
 *
 * <p>Every value has exactly one spelling, which {@link #parse} insists on: {@code CS-0001234} would be a second
 * name for {@code CS-001234}, and a lookup by the string would miss it.
 *
 * @param value the sequence value, from 1 up to {@link #MAX_VALUE}
 */
public record CaseNumber(long value) implements Comparable<CaseNumber> {

    public static final String PREFIX = "CS-";

    static final int MIN_DIGITS = 6;

    /** The largest value the column ({@code VARCHAR(16)}, prefix included) can hold. */
    public static final long MAX_VALUE = 9_999_999_999_999L;

    // ASCII digits only: \d and Long.parseLong would also take other scripts' digits.
    private static final Pattern CANONICAL = Pattern.compile("CS-([0-9]{6}|[1-9][0-9]{6,12})");

    public CaseNumber {
        if (value < 1 || value > MAX_VALUE) {
            throw new IllegalArgumentException("case number value out of range 1.." + MAX_VALUE + ": " + value);
        }
    }

    /** The number for a value just taken from {@code case_number_seq}. */
    public static CaseNumber of(long sequenceValue) {
        return new CaseNumber(sequenceValue);
    }

    /**
     * Reads a number exactly as {@link #toString()} writes it.
     *
     * @throws IllegalArgumentException for anything else, with the text in the message
     */
    public static CaseNumber parse(String text) {
        return read(text).orElseThrow(
                () -> new IllegalArgumentException("not a case number (expected like CS-000123): " + text));
    }

    /**
     * What a person typed into a search box, if it is a case number: surrounding blanks and the letter case of
     * the prefix do not matter ({@code " cs-000123 "}); the digits must still be the canonical ones.
     */
    public static Optional<CaseNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return read(text.strip().toUpperCase(Locale.ROOT));
    }

    private static Optional<CaseNumber> read(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        // At most 13 digits: within MAX_VALUE, so only the all-zero CS-000000 is out of range.
        long value = Long.parseLong(text.substring(PREFIX.length()));
        return value == 0 ? Optional.empty() : Optional.of(new CaseNumber(value));
    }

    @Override
    public int compareTo(CaseNumber other) {
        return Long.compare(value, other.value);
    }

    /** The canonical spelling, as stored in {@code support_case.case_number}. */
    @Override
    public String toString() {
        return PREFIX + String.format(Locale.ROOT, "%0" + MIN_DIGITS + "d", value);
    }
}
