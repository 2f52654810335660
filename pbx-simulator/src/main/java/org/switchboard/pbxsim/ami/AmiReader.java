package org.switchboard.pbxsim.ami;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads AMI frames: header lines ended by CRLF (bare LF tolerated), a blank line ends the frame. */
public final class AmiReader {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    public AmiReader(InputStream in) {
        this.in = in;
    }

    /** Next frame, or null at end of stream. Empty frames (stray blank lines) are skipped. */
    public AmiMessage next() throws IOException {
        AmiMessage msg = new AmiMessage();
        while (true) {
            String l = readLine();
            if (l == null) {
                return null;
            }
            if (l.isEmpty()) {
                if (msg.size() > 0) {
                    return msg;
                }
                continue;
            }
            int colon = l.indexOf(':');
            if (colon < 0) {
                msg.add(l.trim(), "");
            } else {
                msg.add(l.substring(0, colon).trim(), l.substring(colon + 1).stripLeading());
            }
        }
    }

    private String readLine() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int len = bytes.length;
                if (len > 0 && bytes[len - 1] == '\r') {
                    len--;
                }
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return null;
    }
}
