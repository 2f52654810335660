package org.switchboard.contact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search keys kept next to a contact's name, e-mail and numbers (columns {@code search_*} and
 * {@code digits_rev}, V7), and the same folding applied to what a person types: both sides meet in a prefix
 * {@code LIKE} on an index. Lower case, accents folded ({@code Müller} and {@code muller} match), {@code ß} as
 * {@code ss}, commas and runs of blanks as one blank.
 */
public final class SearchKeys {

    /** Column width of {@code search_name} and {@code search_last}. */
    static final int MAX_NAME_KEY = 400;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("[\\s,]+");

    private SearchKeys() {
    }

    /** Lower case, accents folded, blanks collapsed; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String folded = BLANKS.matcher(plain.toLowerCase(Locale.ROOT).replace("ß", "ss")).replaceAll(" ").strip();
        return folded.length() > MAX_NAME_KEY ? folded.substring(0, MAX_NAME_KEY) : folded;
    }

    /** "first last", folded; the last name alone without a first name. */
    public static String firstLast(String firstName, String lastName) {
        return fold(join(firstName, lastName));
    }

    /** "last first", folded. */
    public static String lastFirst(String firstName, String lastName) {
        return fold(join(lastName, firstName));
    }

    /** An e-mail address as searched: lower case, no surrounding blanks. */
    public static String email(String address) {
        return address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    /** The digits of a number back to front ({@code +4930123} gives {@code 3210394}), for "ends with" searches. */
    public static String reversedDigits(String number) {
        if (number == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        number.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.reverse().toString();
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a + " " + b;
        }
        return hasA ? a : hasB ? b : "";
    }
}
