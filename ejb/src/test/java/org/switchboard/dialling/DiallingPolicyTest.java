package org.switchboard.dialling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.dialling.DiallingPolicy.Use;

class DiallingPolicyTest {

    /** Germany, Austria, Switzerland; premium rate and shared cost blocked; agents' phones need approval. */
    private static final DiallingPolicy DACH = DiallingPolicy.parse("DE, at,CH", "premium_rate, shared-cost", true);

    @ParameterizedTest(name = "{0}: {1} {2}, approved {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                              | use         | number          | approved | refused by (empty: allowed)
            German mobile, dialled              | DIAL        | +4915102000003  | false    |
            German fixed line, dialled          | DIAL        | +493012345678   | false    |
            Austrian mobile, dialled            | DIAL        | +436641234567   | false    |
            German premium rate, dialled        | DIAL        | +499001234567  | false    | premium-rate numbers are blocked
            German premium rate, agent's phone  | AGENT_PHONE | +499001234567  | true     | premium-rate numbers are blocked
            German shared cost, dialled         | DIAL        | +491802123456   | false    | shared-cost numbers are blocked
            US number, dialled                  | DIAL        | +12025550123    | false    | allowed countries: AT, CH, DE
            UK mobile, agent's phone            | AGENT_PHONE | +447700900123   | true     | allowed countries: AT, CH, DE
            non-geographic number               | DIAL        | +80012345678    | false    | allowed countries
            German mobile, agent's, approved    | AGENT_PHONE | +4915102000003  | true     |
            German mobile, agent's, not yet     | AGENT_PHONE | +4915102000003  | false    | awaits approval by an administrator
            German toll free, dialled           | DIAL        | +498001234567   | false    |
            """)
    void aTenantWithCountriesTypesAndApproval(String description, Use use, String number, boolean approved,
            String refusedBy) {
        Optional<String> refusal = DACH.refusal(use, number, approved);

        if (refusedBy == null) {
            assertEquals(Optional.empty(), refusal, description);
        } else {
            assertTrue(refusal.isPresent(), description + " should be refused");
            assertTrue(refusal.get().startsWith("Dialling policy: "), refusal.get());
            assertTrue(refusal.get().contains(refusedBy), description + ": " + refusal.get());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                           | number          | refused by
            any country                      | +12025550123    |
            German mobile                    | +4915102000003  |
            premium rate still blocked       | +499001234567  | premium-rate
            shared cost still blocked        | +491802123456   | shared-cost
            UK premium rate                  | +449098790123   | premium-rate
            """)
    void theDefaultAllowsEveryCountryButNoPremiumRateOrSharedCost(String description, String number,
            String refusedBy) {
        Optional<String> asPhone = DiallingPolicy.DEFAULT.refusal(Use.AGENT_PHONE, number, false);
        Optional<String> asDial = DiallingPolicy.DEFAULT.refusal(Use.DIAL, number, false);

        assertEquals(asPhone, asDial, "no approval by default, so both uses alike");
        assertEquals(refusedBy == null, asDial.isEmpty(), description + ": " + asDial);
        if (refusedBy != null) {
            assertTrue(asDial.get().contains(refusedBy), asDial.get());
        }
    }

    @Test
    void approvalIsOnlyForAgentsPhones() {
        assertEquals(Optional.empty(), DACH.refusal(Use.DIAL, "+4915102000003", false));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            XX       | PREMIUM_RATE
            Germany  | PREMIUM_RATE
            DE       | EXPENSIVE
            DE       | premium rate cost
            """)
    void unknownCountriesAndTypesAreRefusedByName(String countries, String types) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiallingPolicy.parse(countries, types, false));
        assertTrue(e.getMessage().startsWith("Not a"), e.getMessage());
    }

    @Test
    void storedFormIsSortedAndReadsBack() {
        assertEquals("AT,CH,DE", DACH.countriesText());
        assertEquals("PREMIUM_RATE,SHARED_COST", DACH.typesText());
        assertEquals(DACH, DiallingPolicy.parse(DACH.countriesText(), DACH.typesText(), true));
        DiallingPolicy open = DiallingPolicy.parse("", " ", false);
        assertEquals(Set.of(), open.allowedCountries());
        assertEquals(Set.of(), open.blockedTypes());
        assertEquals(Optional.empty(), open.refusal(Use.DIAL, "+499001234567", false));
        assertEquals(Set.of(PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST),
                DiallingPolicy.DEFAULT.blockedTypes());
    }
}
