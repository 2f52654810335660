package org.switchboard.pbxsim.ami;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** TCP accept loop and the set of live sessions; broadcasts events to logged-in sessions. */
public final class AmiServer implements Closeable {
    private final InetAddress bindAddress;
    private final ActionListener handler;
    private final long maxBacklogBytes;
    private final List<AmiSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicLong eventsWritten = new AtomicLong();
    private final Object lifecycle = new Object();
    private volatile ServerSocket serverSocket;
    private volatile int port;
    private volatile boolean closed;

    public AmiServer(InetAddress bindAddress, int port, ActionListener handler, long maxBacklogBytes) throws IOException {
        this.bindAddress = bindAddress;
        this.handler = handler;
        this.maxBacklogBytes = maxBacklogBytes;
        this.port = port;
        listen();
    }

    private void listen() throws IOException {
        ServerSocket ss = new ServerSocket();
        ss.setReuseAddress(true);
        ss.bind(new InetSocketAddress(bindAddress, port), 200);
        port = ss.getLocalPort();
        serverSocket = ss;
        Thread t = new Thread(() -> acceptLoop(ss), "ami-accept-" + port);
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop(ServerSocket ss) {
        while (!ss.isClosed()) {
            try {
                Socket s = ss.accept();
                s.setTcpNoDelay(true);
                AmiSession session = new AmiSession(s, this, maxBacklogBytes);
                sessions.add(session);
                session.start();
            } catch (SocketException e) {
                return; // server socket closed (refuse window or shutdown)
            } catch (IOException e) {
                // transient accept failure; keep serving
            }
        }
    }

    public int port() {
        return port;
    }

    ActionListener handler() {
        return handler;
    }

    void removed(AmiSession s) {
        sessions.remove(s);
    }

    void countWritten(int n) {
        eventsWritten.addAndGet(n);
    }

    /** Total events written to all sockets since start. */
    public long eventsWritten() {
        return eventsWritten.get();
    }

    public List<AmiSession> sessions() {
        return List.copyOf(sessions);
    }

    /** Sends one serialized event to every logged-in session that has events enabled. */
    public void broadcastEvent(byte[] bytes) {
        for (AmiSession s : sessions) {
            if (s.isAuthenticated() && s.eventsOn()) {
                s.deliver(bytes, 1);
            }
        }
    }

    /** Sends raw bytes (possibly malformed) to every logged-in session. */
    public void broadcastRaw(byte[] bytes, int events) {
        for (AmiSession s : sessions) {
            if (s.isAuthenticated()) {
                s.deliver(bytes, events);
            }
        }
    }

    public void disconnectAll() {
        for (AmiSession s : sessions) {
            s.abort();
        }
        sessions.clear();
    }

    /**
     * Closes the listening socket so connects get "connection refused", and listens again on the same port
     * after the window; existing sessions are not touched.
     */
    public void refuseConnections(Duration window) {
        synchronized (lifecycle) {
            try {
                serverSocket.close();
            } catch (IOException e) {
                // already closed
            }
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(window.toMillis());
                synchronized (lifecycle) {
                    if (!closed) {
                        listen();
                    }
                }
            } catch (InterruptedException | IOException e) {
                // cannot listen again; the simulator stays closed for new clients
            }
        }, "ami-refuse");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
            try {
                serverSocket.close();
            } catch (IOException e) {
                // ignore
            }
        }
        disconnectAll();
    }
}
