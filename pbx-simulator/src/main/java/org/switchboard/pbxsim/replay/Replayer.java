package org.switchboard.pbxsim.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.switchboard.pbxsim.ReplaySpeed;

/**
 * Streams the events of a capture to clients byte for byte. The banner and Response frames are skipped: they
 * answered the recorded client's actions, not ours.
 */
public final class Replayer {
    private Replayer() {
    }

    /** Blocks until every event is handed to the sink; returns the number of events sent. */
    public static int replay(Path capture, ReplaySpeed speed, Consumer<byte[]> sink) throws IOException {
        List<CaptureFile.Frame> frames = CaptureFile.read(capture);
        double previous = Double.NaN;
        int sent = 0;
        for (CaptureFile.Frame f : frames) {
            if (!f.event()) {
                continue;
            }
            if (speed == ReplaySpeed.ORIGINAL && !Double.isNaN(f.timestamp())) {
                if (!Double.isNaN(previous) && f.timestamp() > previous) {
                    sleep((long) ((f.timestamp() - previous) * 1000));
                }
                previous = f.timestamp();
            }
            sink.accept(f.bytes());
            sent++;
        }
        return sent;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
