package org.switchboard.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.casework.CaseNumber;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.contact.SearchKeys;

/**
 * What a person typed into the one search box, read as what it can mean. Each non-null part is one indexed
 * search; a query can be several things at once ({@code 1234} is the case CS-001234 and numbers ending in 1234).
 *
 * <ul>
 * <li>{@code CS-000123}, {@code cs 123}: that case, nothing else.
 * <li>anything with an {@code @}: contacts whose e-mail addresses start with it.
 * <li>digits with phone punctuation ({@code +49 30 1234-5678}, {@code 0049 30..}, {@code 030 1234}): numbers
 * starting with it, taken as E.164 (a leading 0 is the default country's trunk prefix); digits without a
 * prefix ({@code 5678}) are the end of a number, and, if only digits, also a case number.
 * <li>anything else: contacts whose "first last" or "last first" starts with it (case and accents ignored), and
 * cases whose subject contains it (three characters at least); one word with a dot ({@code max.must}) also
 * e-mail addresses starting with it.
 * </ul>
 *
 * @param namePrefix folded (SearchKeys.fold) prefix of "first last" / "last first"
 * @param emailPrefix lower-case prefix of any of the contact's addresses
 * @param e164Prefix prefix of an E.164 number, "+" and digits
 * @param reversedDigits the last digits of a number, back to front (prefix of {@code digits_rev})
 * @param caseNumber canonical case number, exact
 * @param subjectPart lower-case text a case subject contains
 */
public record SearchQuery(String text, String namePrefix, String emailPrefix, String e164Prefix,
        String reversedDigits, String caseNumber, String subjectPart) {

    /** Fewer digits than this are no phone search (too many hits to be useful). */
    public static final int MIN_PHONE_DIGITS = 3;

    /** Shorter than this is no subject search ("contains" scans the tenant's cases). */
    public static final int MIN_SUBJECT_CHARS = 3;

    static final int MAX_LENGTH = 200;

    private static final Pattern CASE = Pattern.compile("(?i)cs[-\\s]?([0-9]{1,13})");
    private static final Pattern NUMBERISH = Pattern.compile("\\+?[0-9()./\\s-]+");
    private static final Pattern EMAILISH = Pattern.compile("[\\p{L}0-9_%+-]+\\.[\\p{L}0-9._%+-]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    public static SearchQuery parse(String raw, PhoneNumbers numbers) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        if (text.isEmpty()) {
            return new SearchQuery("", null, null, null, null, null, null);
        }
        Matcher caseNumber = CASE.matcher(text);
        if (caseNumber.matches()) {
            return new SearchQuery(text, null, null, null, null, caseNumber(caseNumber.group(1)), null);
        }
        if (text.contains("@")) {
            return new SearchQuery(text, null, SearchKeys.email(text), null, null, null, null);
        }
        if (NUMBERISH.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
            return number(text, numbers);
        }
        String name = SearchKeys.fold(text);
        String subject = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // "max.mustermann" is more likely the start of an address than a name
        String email = EMAILISH.matcher(text).matches() ? SearchKeys.email(text) : null;
        return new SearchQuery(text, name.isEmpty() ? null : name, email, null, null, null,
                subject.length() >= MIN_SUBJECT_CHARS ? subject : null);
    }

    private static SearchQuery number(String text, PhoneNumbers numbers) {
        String digits = text.replaceAll("[^0-9]", "");
        String caseNumber = DIGITS.matcher(text).matches() ? caseNumber(digits) : null;
        if (digits.length() < MIN_PHONE_DIGITS) {
            return new SearchQuery(text, null, null, null, null, caseNumber, null);
        }
        String e164Prefix = null;
        String reversed = null;
        if (text.startsWith("+")) {
            e164Prefix = "+" + digits;
        } else if (digits.startsWith("00")) {
            e164Prefix = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            e164Prefix = "+" + numbers.countryCallingCode() + digits.substring(1);
        } else {
            reversed = new StringBuilder(digits).reverse().toString();
        }
        if (e164Prefix != null && e164Prefix.length() < 1 + MIN_PHONE_DIGITS) {
            e164Prefix = null;
        }
        return new SearchQuery(text, null, null, e164Prefix, reversed, caseNumber, null);
    }

    /** The case with this sequence value, if it is one ("000123" and "123" are CS-000123). */
    private static String caseNumber(String digits) {
        if (digits.length() > 13) {
            return null;
        }
        long value = Long.parseLong(digits);
        return value < 1 || value > CaseNumber.MAX_VALUE ? null : CaseNumber.of(value).toString();
    }

    public boolean isEmpty() {
        return !searchesContacts() && !searchesCases();
    }

    public boolean searchesContacts() {
        return namePrefix != null || emailPrefix != null || e164Prefix != null || reversedDigits != null;
    }

    public boolean searchesCases() {
        return caseNumber != null || subjectPart != null;
    }

    /** An exact case number comes first: it is what the person most likely meant, and at most one row. */
    public boolean casesFirst() {
        return caseNumber != null;
    }

    /** What was searched, for people ("name", "phone number ending in 5678", ...). */
    public List<String> meaning() {
        List<String> parts = new ArrayList<>();
        if (caseNumber != null) {
            parts.add("case " + caseNumber);
        }
        if (namePrefix != null) {
            parts.add("names starting with \"" + namePrefix + "\"");
        }
        if (emailPrefix != null) {
            parts.add("e-mail addresses starting with \"" + emailPrefix + "\"");
        }
        if (e164Prefix != null) {
            parts.add("numbers starting with " + e164Prefix);
        }
        if (reversedDigits != null) {
            parts.add("numbers ending in " + new StringBuilder(reversedDigits).reverse());
        }
        if (subjectPart != null) {
            parts.add("case subjects containing \"" + subjectPart + "\"");
        }
        return parts;
    }
}
