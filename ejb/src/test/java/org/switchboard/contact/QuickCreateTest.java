package org.switchboard.contact;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pop's quick-create form (a caller the directory does not know) refuses a name past its column with a
 * message, before anything is stored: the directory is used without a container, so a name that passed the
 * checks would fail on the missing tenant lookup instead.
 */
class QuickCreateTest {

    @ParameterizedTest(name = "first {0} chars, last {1} chars -> {2}")
    @CsvSource({
        "101, 5,   first name has at most 100",
        "5,   101, last name is required, at most 100",
        "5,   0,   last name is required",
    })
    void aNamePastItsLimitIsRefusedWithAMessage(int firstLength, int lastLength, String message) {
        ContactDirectory directory = new ContactDirectory();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> directory.create("f".repeat(firstLength), "l".repeat(lastLength), "+49 30 1234567"));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }
}
