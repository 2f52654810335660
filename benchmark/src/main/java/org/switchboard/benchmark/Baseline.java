package org.switchboard.benchmark;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.load.LoadRun;
import org.switchboard.pbxsim.load.LoadSpec;

/**
 * The ceiling for ingest: a plain asterisk-java ManagerConnection that only counts events, reading the same
 * generated AMI stream the connector reads later. It runs before WildFly starts, so the server does not share
 * the cores with it; whatever it reaches is the most the simulator and asterisk-java can do on this machine.
 */
final class Baseline {

    record Result(int callsPerSecond, long calls, long eventsGenerated, long eventsReceived, double seconds,
            double eventsPerSecond, double generatorEventsPerSecond) {
    }

    private Baseline() {
    }

    static Result run(PbxSimulator sim, String user, String secret, LoadSpec spec) throws Exception {
        AtomicLong received = new AtomicLong();
        AtomicLong lastEventNanos = new AtomicLong();
        ManagerConnection connection = new DefaultManagerConnection("127.0.0.1", sim.port(), user, secret);
        connection.addEventListener(event -> {
            received.incrementAndGet();
            lastEventNanos.set(System.nanoTime());
        });
        connection.login();
        try {
            Thread.sleep(500); // the login's own events (FullyBooted, SuccessfulAuth) are not load
            long before = received.get();
            long start = System.nanoTime();
            LoadRun run = sim.generateLoad(spec);
            if (!run.awaitFinished(spec.duration().multipliedBy(10).plusSeconds(30))) {
                throw new IllegalStateException("baseline load did not finish: " + run);
            }
            // Wait until the client has read everything the run produced, or stops making progress.
            long expected = run.eventsGenerated();
            long last = -1;
            long stalledSince = System.nanoTime();
            while (received.get() - before < expected) {
                long now = received.get();
                if (now != last) {
                    last = now;
                    stalledSince = System.nanoTime();
                } else if (System.nanoTime() - stalledSince > Duration.ofSeconds(10).toNanos()) {
                    break;
                }
                Thread.sleep(20);
            }
            // Events beyond the run's own (member logouts published after it ended) are not counted.
            long got = Math.min(expected, received.get() - before);
            double seconds = (lastEventNanos.get() - start) / 1e9;
            double generatorSeconds = run.elapsed().toNanos() / 1e9;
            return new Result((int) spec.callsPerSecond(), run.callsGenerated(), expected, got, seconds,
                    got / seconds, expected / generatorSeconds);
        } finally {
            connection.logoff();
        }
    }
}
