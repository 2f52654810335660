package org.switchboard.pbxsim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.switchboard.pbxsim.ami.AmiMessage;
import org.switchboard.pbxsim.ami.AmiReader;

/** Minimal raw AMI client for tests: sends actions, records every frame received in order. */
final class AmiTestClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    final String banner;
    private final List<AmiMessage> frames = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean eof;

    AmiTestClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(0);
        out = socket.getOutputStream();
        BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            sb.append((char) b);
        }
        banner = sb.toString();
        Thread t = new Thread(() -> {
            AmiReader r = new AmiReader(in);
            try {
                AmiMessage m;
                while ((m = r.next()) != null) {
                    frames.add(m);
                }
            } catch (IOException e) {
                // closed
            }
            eof = true;
        }, "test-client");
        t.setDaemon(true);
        t.start();
    }

    static AmiTestClient loggedIn(int port) throws IOException {
        AmiTestClient c = new AmiTestClient(port);
        AmiMessage r = c.action("Login", "Username", "switchboard", "Secret", "secret");
        if (!"Success".equals(r.get("Response"))) {
            throw new IllegalStateException("login failed: " + r);
        }
        c.awaitEvent(e -> "SuccessfulAuth".equals(e.get("Event")), Duration.ofSeconds(5));
        return c;
    }

    /** Sends an action (name, then header/value pairs) and waits for its response. */
    AmiMessage action(String name, String... kv) throws IOException {
        String id = "t-" + ids.incrementAndGet();
        send(name, id, kv);
        return await(m -> id.equals(m.get("ActionID")) && m.get("Response") != null, Duration.ofSeconds(5));
    }

    void send(String name, String id, String... kv) throws IOException {
        StringBuilder sb = new StringBuilder("Action: ").append(name).append("\r\nActionID: ").append(id)
                .append("\r\n");
        for (int i = 0; i < kv.length; i += 2) {
            sb.append(kv[i]).append(": ").append(kv[i + 1]).append("\r\n");
        }
        sb.append("\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void sendRaw(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    AmiMessage awaitEvent(Predicate<AmiMessage> p, Duration timeout) {
        return await(m -> m.get("Event") != null && p.test(m), timeout);
    }

    AmiMessage await(Predicate<AmiMessage> p, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            for (AmiMessage m : frames) {
                if (p.test(m)) {
                    return m;
                }
            }
            sleep(5);
        }
        throw new AssertionError("no matching frame within " + timeout + "; frames: " + types());
    }

    List<AmiMessage> frames() {
        return new ArrayList<>(frames);
    }

    /** Events of one type received so far, in order. */
    List<AmiMessage> events(String type) {
        return frames.stream().filter(m -> type.equals(m.get("Event"))).toList();
    }

    List<String> types() {
        List<String> t = new ArrayList<>();
        for (AmiMessage m : frames) {
            t.add(m.get("Event") != null ? m.get("Event") : "Response:" + m.get("Response"));
        }
        return t;
    }

    /** Event types received, without list events (those carry an ActionID). */
    List<String> eventTypes() {
        List<String> t = new ArrayList<>();
        for (AmiMessage m : frames) {
            String e = m.get("Event");
            if (e != null && (m.get("ActionID") == null || e.equals("OriginateResponse"))) {
                t.add(e);
            }
        }
        return t;
    }

    void clear() {
        frames.clear();
    }

    boolean closedByServer(Duration within) {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (!eof && System.currentTimeMillis() < deadline) {
            sleep(10);
        }
        return eof;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
