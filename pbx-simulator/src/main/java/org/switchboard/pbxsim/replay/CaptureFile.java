package org.switchboard.pbxsim.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A recorded AMI stream (.ami): banner line, then frames ended by an empty line. Keeps each frame's exact bytes.
 */
public final class CaptureFile {
    /**
     * One frame with its original bytes including the terminating blank line.
     *
     * @param timestamp the Timestamp header in seconds, or NaN when the frame has none
     */
    public record Frame(byte[] bytes, String type, boolean event, double timestamp) {
    }

    private CaptureFile() {
    }

    public static List<Frame> read(Path path) throws IOException {
        return parse(Files.readAllBytes(path));
    }

    public static List<Frame> parse(byte[] data) {
        List<Frame> frames = new ArrayList<>();
        int pos = 0;
        int bannerEnd = indexOf(data, new byte[] {'\r', '\n'}, 0);
        if (bannerEnd >= 0 && startsWith(data, "Asterisk Call Manager/")) {
            pos = bannerEnd + 2;
        }
        byte[] sep = {'\r', '\n', '\r', '\n'};
        while (pos < data.length) {
            int end = indexOf(data, sep, pos);
            int stop = end < 0 ? data.length : end + 4;
            byte[] bytes = Arrays.copyOfRange(data, pos, stop);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                frames.add(toFrame(bytes, text));
            }
            pos = stop;
        }
        return frames;
    }

    private static Frame toFrame(byte[] bytes, String text) {
        int nl = text.indexOf("\r\n");
        String first = nl < 0 ? text : text.substring(0, nl);
        int colon = first.indexOf(':');
        String key = colon < 0 ? first : first.substring(0, colon).trim();
        String value = colon < 0 ? "" : first.substring(colon + 1).trim();
        boolean event = key.equalsIgnoreCase("Event");
        double ts = Double.NaN;
        int t = text.indexOf("\r\nTimestamp: ");
        if (event && t >= 0) {
            int e = text.indexOf("\r\n", t + 2);
            try {
                ts = Double.parseDouble(text.substring(t + 13, e < 0 ? text.length() : e).trim());
            } catch (NumberFormatException ex) {
                // leave NaN: frame is sent without delay
            }
        }
        return new Frame(bytes, event ? value : key + ":" + value, event, ts);
    }

    private static boolean startsWith(byte[] data, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return data.length >= p.length && Arrays.equals(data, 0, p.length, p, 0, p.length);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
