package org.switchboard.it;

import org.switchboard.pbxsim.PbxSimulator;
import org.switchboard.pbxsim.SimulatorConfig;

/**
 * The PBX of the test run: one simulator for the whole JVM, listening on the port the server was told
 * (switchboard.ami.port), started before the first deployment so the resource adapter finds it.
 */
public final class TestPbx {

    private static PbxSimulator simulator;

    private TestPbx() {
    }

    public static synchronized PbxSimulator get() {
        if (simulator == null) {
            simulator = PbxSimulator.start(SimulatorConfig.builder()
                    .port(TestEnvironment.amiPort())
                    .credentials("switchboard", TestEnvironment.amiSecret())
                    .build());
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        }
        return simulator;
    }

    /**
     * Waits until the connector has logged in and resynced (it sends CoreShowChannels after every login), at
     * least {@code resyncs} times since the simulator started.
     */
    public static void awaitConnector(int resyncs, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (resyncCount() < resyncs) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the connector did not log in and resync within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static long resyncCount() {
        return get().actions().stream().filter(a -> a.name().equalsIgnoreCase("CoreShowChannels")).count();
    }
}
