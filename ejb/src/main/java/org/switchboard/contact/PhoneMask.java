package org.switchboard.contact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as INFO log lines show them: an agent's private phone and the numbers agents dial are personal
 * data, and logs are kept long and read widely. All digits but the last few become {@code *} (the last four of a
 * number of ten digits or more, the last three of a shorter one), enough to tell calls apart when reading a log
 * next to a record. A short internal extension (up to four digits) is no private number and stays as it is.
 */
public final class PhoneMask {

    /** Digit runs long enough to be a phone number, with a leading + kept. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d{5,}");

    private PhoneMask() {
    }

    /** One number, in any format; null stays null. */
    public static String number(String number) {
        if (number == null) {
            return null;
        }
        long digits = number.chars().filter(Character::isDigit).count();
        if (digits <= 4) {
            return number;
        }
        long keep = digits >= 10 ? 4 : 3;
        StringBuilder masked = new StringBuilder(number.length());
        long seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(seen++ < digits - keep ? '*' : c);
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    /** Every number in a text such as a channel or member interface ({@code Local/+4915...@switchboard-remote}). */
    public static String numbersIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(masked, Matcher.quoteReplacement(number(m.group())));
        }
        return m.appendTail(masked).toString();
    }
}
