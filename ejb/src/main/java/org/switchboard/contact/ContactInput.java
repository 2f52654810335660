package org.switchboard.contact;

import java.util.List;

/**
 * A contact as a client sends it to create or change one (JSON). On a change, a field left out (null) stays as it
 * is; an empty list removes all numbers or addresses; an empty language removes it.
 *
 * @param emails the primary address first, then the further ones in order
 * @param phones numbers in any format (normalised to E.164) with an optional label
 * @param version the version the client read; required for a change (optimistic locking)
 */
public record ContactInput(String firstName, String lastName, List<String> emails, List<PhoneInput> phones,
        String preferredLanguage, Long accountId, Long version) {

    /** A number as typed ({@code 030 1234567}, {@code +49 30 1234-567}) and its label (work, mobile, ...). */
    public record PhoneInput(String number, String label) {
    }
}
