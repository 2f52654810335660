package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.switchboard.pbxsim.replay.CaptureFile;

/** Replay delivers a capture's events byte for byte. */
class ReplayTest {
    @Test
    void replayOfCapture01DeliversEveryEventByteForByte() throws Exception {
        Path capture = Captures.file("01-");
        long eventsInFile = CaptureFile.read(capture).stream().filter(CaptureFile.Frame::event).count();
        assertEquals(139, eventsInFile, "README: capture 01 has 139 events");
        try (PbxSimulator sim = PbxSimulator.start(SimulatorConfig.builder().port(0).build());
                AmiTestClient c = AmiTestClient.loggedIn(sim.port())) {
            c.clear();
            assertEquals(139, sim.replay(capture, ReplaySpeed.FAST));
            c.awaitEvent(e -> "DeviceStateChange".equals(e.get("Event")) && "1795383097.761520".equals(
                    e.get("Timestamp")), Duration.ofSeconds(5));
            assertEquals(139, c.frames().stream().filter(m -> m.get("Event") != null).count());
        }
    }

    @Test
    void replayedBytesEqualTheFile() throws Exception {
        Path capture = Captures.file("02-");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (CaptureFile.Frame f : CaptureFile.read(capture)) {
            if (f.event()) {
                expected.write(f.bytes());
            }
        }
        assertTrue(new String(Files.readAllBytes(capture), StandardCharsets.UTF_8)
                .contains(new String(CaptureFile.read(capture).get(3).bytes(), StandardCharsets.UTF_8)));
        try (PbxSimulator sim = PbxSimulator.start(SimulatorConfig.builder().port(0).build());
                Socket s = new Socket("127.0.0.1", sim.port())) {
            s.getOutputStream().write(("Action: Login\r\nUsername: switchboard\r\nSecret: secret\r\nEvents: off\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] head = readUntil(in, "Status: Fully Booted\r\n\r\n");
            assertTrue(new String(head, StandardCharsets.UTF_8).startsWith("Asterisk Call Manager/11.0.0\r\n"));
            s.getOutputStream().write("Action: Events\r\nEventMask: on\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            readUntil(in, "Events: On\r\n\r\n");
            sim.replay(capture, ReplaySpeed.FAST);
            byte[] got = in.readNBytes(expected.size());
            assertEquals(expected.toString(StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8));
        }
    }

    private static byte[] readUntil(InputStream in, String marker) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (!buf.toString(StandardCharsets.UTF_8).endsWith(marker)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            buf.write(b);
        }
        return buf.toByteArray();
    }
}
