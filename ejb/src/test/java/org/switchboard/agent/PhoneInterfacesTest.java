package org.switchboard.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.switchboard.contact.PhoneNumbers;

class PhoneInterfacesTest {

    private final PhoneInterfaces phones = PhoneInterfaces.defaults();

    private static Phone parse(String input) {
        return Phone.parse(input, false, PhoneNumbers.DEFAULT::toE164);
    }

    @Test
    void anExtensionRingsTheAgentDialplan() {
        Phone ext = parse(" 1001 ");
        assertEquals(PhoneKind.EXTENSION, ext.kind());
        assertEquals("Local/1001@agents/n", phones.memberInterface(ext, "agent1"));
        assertEquals("Custom:agent1001", phones.stateInterface(ext, "agent1"));
        assertEquals("Local/1001@agents", phones.dialChannel(ext, "agent1"));
    }

    @Test
    void anExternalNumberInAnyFormatIsStoredAsE164AndDialledThroughTheRemoteContext() {
        for (String typed : new String[] {"+49 151 02000001", "0049 15102000001", "0151 0200 0001"}) {
            Phone mobile = parse(typed);
            assertEquals(PhoneKind.EXTERNAL, mobile.kind(), typed);
            assertEquals("+4915102000001", mobile.value(), typed);
        }
        Phone mobile = parse("+4915102000001");
        assertEquals("Local/+4915102000001@switchboard-remote/n", phones.memberInterface(mobile, "agent3"));
        assertEquals("Local/+4915102000001@switchboard-remote", phones.stateInterface(mobile, "agent3"));
    }

    @Test
    void aSipDeviceIsDialledDirectly() {
        Phone sip = parse("PJSIP/desk-17");
        assertEquals(PhoneKind.SIP, sip.kind());
        assertEquals("PJSIP/desk-17", phones.memberInterface(sip, "agent1"));
        assertEquals(sip, parse("sip:desk-17"));
    }

    @Test
    void aNailedUpAgentIsRungThroughTheirConferenceAndTheirPhoneOnlyAtSignIn() {
        Phone mobile = Phone.parse("+4915102000001", true, PhoneNumbers.DEFAULT::toE164);
        assertEquals("Local/agent3@switchboard-nailed/n", phones.memberInterface(mobile, "agent3"));
        assertEquals("Local/agent3@switchboard-nailed", phones.stateInterface(mobile, "agent3"));
        assertEquals("Local/agent3@switchboard-nailed", phones.dialChannel(mobile, "agent3"));
        assertEquals("Local/+4915102000001@switchboard-remote", phones.phoneChannel(mobile, "agent3"));
        assertEquals("agent-agent3", PhoneInterfaces.conference("agent3"));
    }

    @Test
    void channelsBelongToTheirDevice() {
        assertEquals("Local/1001@agents", PhoneInterfaces.deviceOfChannel("Local/1001@agents-00000072;1"));
        assertEquals("PJSIP/1001", PhoneInterfaces.deviceOfChannel("PJSIP/1001-0000002a"));
        assertEquals("Local/1001@agents", PhoneInterfaces.deviceOfInterface("Local/1001@agents/n"));
    }

    @Test
    void refusesWhatCouldSmuggleSomethingIntoADialString() {
        for (String hostile : new String[] {"1001@evil/n", "PJSIP/a@b", "sip:x/y", "", " ", "Local/1@x",
                "+49 30 1234&PJSIP/evil", "1", "123456789012345678901"}) {
            assertThrows(IllegalArgumentException.class, () -> parse(hostile), hostile);
        }
        assertThrows(IllegalArgumentException.class, () -> parse(null));
        assertThrows(IllegalArgumentException.class,
                () -> phones.memberInterface(parse("1001"), "agent1@evil"));
        assertTrue(parse("+4930123456789").display().startsWith("+49"));
    }
}
