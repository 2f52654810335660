package org.switchboard.pbxsim.ami;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One AMI client connection. Reading and writing run on their own threads; outgoing frames go through an
 * unbounded queue so a slow client never stalls the PBX thread. Like Asterisk's writetimeout, a client whose
 * backlog grows beyond a limit is disconnected instead of buffering forever.
 */
public final class AmiSession {
    public static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";

    private record Frame(byte[] data, int events) {
    }

    private static final Frame CLOSE = new Frame(new byte[0], 0);
    private static final AtomicLong IDS = new AtomicLong(0x7faf5c000000L);

    private final Socket socket;
    private final AmiServer server;
    private final long id = IDS.addAndGet(0x2a0);
    private final LinkedBlockingQueue<Frame> outbox = new LinkedBlockingQueue<>();
    private final AtomicLong backlogBytes = new AtomicLong();
    private final AtomicLong eventsWritten = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long maxBacklogBytes;

    private volatile boolean authenticated;
    private volatile boolean eventsOn = true;
    private volatile String username;
    private volatile String challenge;

    AmiSession(Socket socket, AmiServer server, long maxBacklogBytes) {
        this.socket = socket;
        this.server = server;
        this.maxBacklogBytes = maxBacklogBytes;
    }

    void start() {
        // The banner is queued before the reader starts: a client that logs in without waiting for it would
        // otherwise (rarely) get the login response first, which no Asterisk does.
        enqueue(BANNER.getBytes(StandardCharsets.US_ASCII), 0);
        Thread writer = new Thread(this::writeLoop, "ami-writer-" + socket.getPort());
        writer.setDaemon(true);
        writer.start();
        Thread reader = new Thread(this::readLoop, "ami-reader-" + socket.getPort());
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        try {
            AmiReader reader = new AmiReader(new BufferedInputStream(socket.getInputStream(), 16 * 1024));
            AmiMessage msg;
            while (!closed.get() && (msg = reader.next()) != null) {
                server.handler().onAction(this, msg);
            }
        } catch (IOException e) {
            // connection reset or closed locally: nothing to report, the session just ends
        } finally {
            close();
        }
    }

    private void writeLoop() {
        try (OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
            while (true) {
                Frame f = outbox.take();
                while (f != null) {
                    if (f == CLOSE) {
                        out.flush();
                        return;
                    }
                    out.write(f.data);
                    backlogBytes.addAndGet(-f.data.length);
                    if (f.events > 0) {
                        eventsWritten.addAndGet(f.events);
                        server.countWritten(f.events);
                    }
                    f = outbox.poll();
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // peer gone; fall through to close
        } finally {
            closeSocket();
        }
    }

    private void enqueue(byte[] data, int events) {
        if (closed.get()) {
            return;
        }
        if (backlogBytes.addAndGet(data.length) > maxBacklogBytes) {
            // Asterisk drops a client that does not read (writetimeout); do the same rather than grow unbounded.
            close();
            return;
        }
        outbox.add(new Frame(data, events));
    }

    /** Sends a response frame (not counted as an event). */
    public void sendResponse(AmiMessage response) {
        enqueue(response.toBytes(), 0);
    }

    /** Sends an event to this session only (list events of an action), regardless of the event mask. */
    public void sendEvent(AmiMessage event) {
        enqueue(event.toBytes(), 1);
    }

    /** Broadcast path: already serialized bytes, shared among sessions. */
    void deliver(byte[] bytes, int events) {
        enqueue(bytes, events);
    }

    /** Flushes what is queued, then closes the connection. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            outbox.add(CLOSE);
            server.removed(this);
        }
    }

    private void closeSocket() {
        closed.set(true);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        server.removed(this);
    }

    /** Hard close without flushing, as when the PBX restarts. */
    public void abort() {
        closed.set(true);
        outbox.clear();
        outbox.add(CLOSE);
        closeSocket();
    }

    public boolean isClosed() {
        return closed.get();
    }

    public boolean isAuthenticated() {
        return authenticated;
    }

    public void setAuthenticated(String username) {
        this.username = username;
        this.authenticated = true;
    }

    public String username() {
        return username;
    }

    public boolean eventsOn() {
        return eventsOn;
    }

    public void setEventsOn(boolean on) {
        this.eventsOn = on;
    }

    public String challenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public long eventsWritten() {
        return eventsWritten.get();
    }

    public String sessionId() {
        return "0x" + Long.toHexString(id);
    }

    public String localAddress() {
        return "IPV4/TCP/" + socket.getLocalAddress().getHostAddress() + "/" + socket.getLocalPort();
    }

    public String remoteAddress() {
        return "IPV4/TCP/" + socket.getInetAddress().getHostAddress() + "/" + socket.getPort();
    }
}
