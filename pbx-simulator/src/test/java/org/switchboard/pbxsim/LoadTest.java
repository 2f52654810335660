package org.switchboard.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.switchboard.pbxsim.load.LoadRun;
import org.switchboard.pbxsim.load.LoadSpec;

/** The load generator: full call sequences at a fixed rate, every call finishes, counters add up. */
class LoadTest {
    /** Counts frames ("\r\n\r\n") on a raw socket as fast as it can read. */
    private static final class Counter implements AutoCloseable {
        final Socket socket;
        final AtomicLong frames = new AtomicLong();

        Counter(int port) throws Exception {
            socket = new Socket("127.0.0.1", port);
            socket.getOutputStream().write("Action: Login\r\nUsername: switchboard\r\nSecret: secret\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            Thread t = new Thread(() -> {
                byte[] buf = new byte[256 * 1024];
                int state = 0;
                try {
                    InputStream in = socket.getInputStream();
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        for (int i = 0; i < n; i++) {
                            byte b = buf[i];
                            state = (b == '\r' && (state == 0 || state == 2)) ? state + 1
                                    : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
                            if (state == 4) {
                                frames.incrementAndGet();
                                state = 0;
                            }
                        }
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
            AmiTestClient.sleep(200);
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    @Test
    void fiftyCallsPerSecondForTwoSeconds() throws Exception {
        try (PbxSimulator sim = PbxSimulator.start(SimulatorConfig.builder().port(0).build());
                Counter client = new Counter(sim.port())) {
            long before = client.frames.get();
            LoadRun run = sim.generateLoad(LoadSpec.of(50, 4, Duration.ofSeconds(2)));
            assertTrue(run.awaitFinished(Duration.ofSeconds(20)), run.toString());
            assertEquals(100, run.callsGenerated());
            assertEquals(100, run.callsCompleted() + run.callsAbandoned());
            double perCall = run.eventsGenerated() / 100.0;
            // with dialplan noise an answered call is about 115 events (capture 01: 118); members add/remove ~16
            assertTrue(perCall > 90 && perCall < 140, "events per call " + perCall);
            long deadline = System.currentTimeMillis() + 5000;
            while (client.frames.get() - before < run.eventsGenerated() && System.currentTimeMillis() < deadline) {
                AmiTestClient.sleep(20);
            }
            assertEquals(run.eventsGenerated(), client.frames.get() - before);
            assertTrue(sim.callsInProgress().isEmpty());
            assertEquals(0, sim.channelCount());
            assertTrue(sim.members("support").isEmpty(), "load agents logged out again");
        }
    }

    @Test
    void withoutNoiseAboutFiftyEventsPerCallAndAbandons() {
        try (PbxSimulator sim = PbxSimulator.start(SimulatorConfig.builder().port(0).build())) {
            LoadRun run = sim.generateLoad(LoadSpec.of(100, 2, Duration.ofSeconds(1)).noise(false)
                    .timing(Duration.ofMillis(5), Duration.ofMillis(60)).abandon(0.5, Duration.ofMillis(30)));
            assertTrue(run.awaitFinished(Duration.ofSeconds(20)), run.toString());
            assertEquals(100, run.callsCompleted() + run.callsAbandoned());
            assertTrue(run.callsAbandoned() > 0, run.toString());
            double perCall = run.eventsGenerated() / 100.0;
            assertTrue(perCall > 25 && perCall < 60, "events per call " + perCall);
        }
    }

    @Test
    void pushesWellOverTenThousandEventsPerSecondToOneClient() throws Exception {
        try (PbxSimulator sim = PbxSimulator.start(SimulatorConfig.builder().port(0).build());
                Counter client = new Counter(sim.port())) {
            long before = client.frames.get();
            long t0 = System.nanoTime();
            LoadRun run = sim.generateLoad(LoadSpec.of(250, 20, Duration.ofSeconds(2)));
            assertTrue(run.awaitFinished(Duration.ofSeconds(30)), run.toString());
            long deadline = System.currentTimeMillis() + 10_000;
            while (client.frames.get() - before < run.eventsGenerated() && System.currentTimeMillis() < deadline) {
                AmiTestClient.sleep(10);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long read = client.frames.get() - before;
            double rate = read / secs;
            assertEquals(run.eventsGenerated(), read);
            assertTrue(rate > 10_000, "events/s " + rate + " " + run);
        }
    }
}
