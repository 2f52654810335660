package org.switchboard.connector.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.TreeMap;

/**
 * A tiny AMI server for tests: banner, Challenge/MD5 and plain Login, CoreSettings, Command, Ping, Logoff, the
 * two resync lists (CoreShowChannels, QueueStatus) from configurable frames, canned responses for other actions,
 * and {@link #send} to push any frame (e.g. events from a capture) to the connected client.
 */
public final class FakeAmiServer implements AutoCloseable {

    public static final String BANNER = "Asterisk Call Manager/11.0.0";
    private static final String CHALLENGE = "107468606";

    private final String username;
    private final String secret;
    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private volatile Client current;
    private final AtomicInteger logins = new AtomicInteger();
    private final BlockingQueue<Map<String, String>> actions = new LinkedBlockingQueue<>();
    private final Map<String, Function<Map<String, String>, String>> handlers = new ConcurrentHashMap<>();
    private volatile List<String> channelFrames = List.of();
    private volatile List<String> queueFrames = List.of();
    private volatile boolean acceptLogins = true;

    public FakeAmiServer(String username, String secret) throws IOException {
        this.username = username;
        this.secret = secret;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fake-ami-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int logins() {
        return logins.get();
    }

    /** Frames (without ActionID) answered to CoreShowChannels / QueueStatus. */
    public void setResync(List<String> channels, List<String> queueItems) {
        this.channelFrames = List.copyOf(channels);
        this.queueFrames = List.copyOf(queueItems);
    }

    public void setAcceptLogins(boolean accept) {
        this.acceptLogins = accept;
    }

    /** Answer to an action (name case-insensitive): gets the headers, returns the frame lines without ActionID. */
    public void on(String action, Function<Map<String, String>, String> handler) {
        handlers.put(action.toLowerCase(), handler);
    }

    /** The next action the client sent that is not part of login/keep-alive. */
    public Map<String, String> nextAction(long timeout, TimeUnit unit) throws InterruptedException {
        return actions.poll(timeout, unit);
    }

    public boolean awaitLogins(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (logins.get() < count) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Sends raw frame text (CRLF lines, no trailing blank line needed) to the connected client. */
    public void send(String frame) throws IOException {
        Client client = current;
        if (client == null) {
            throw new IOException("no client connected");
        }
        client.write(frame);
    }

    /** Sends raw bytes as they are (for malformed input). */
    public void sendRaw(String text) throws IOException {
        Client client = current;
        if (client == null) {
            throw new IOException("no client connected");
        }
        client.writeRaw(text);
    }

    /** Closes the current client connection, as a PBX restart would. */
    public void dropClient() throws IOException {
        Client client = current;
        current = null;
        if (client != null) {
            client.socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : clients) {
            s.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                clients.add(socket);
                Client client = new Client(socket);
                Thread t = new Thread(client::serve, "fake-ami-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private final class Client {
        final Socket socket;
        final OutputStream out;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        synchronized void write(String frame) throws IOException {
            String text = frame.endsWith("\r\n") ? frame + "\r\n" : frame + "\r\n\r\n";
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        synchronized void writeRaw(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void serve() {
            try (socket) {
                writeRaw(BANNER + "\r\n");
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (!headers.isEmpty()) {
                            if (!handle(headers)) {
                                return;
                            }
                            headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                        }
                        continue;
                    }
                    String[] kv = line.split(":", 2);
                    if (kv.length == 2) {
                        headers.putIfAbsent(kv[0].trim(), kv[1].trim());
                    }
                }
            } catch (IOException e) {
                // client gone
            }
        }

        private boolean handle(Map<String, String> h) throws IOException {
            String action = h.getOrDefault("Action", "").toLowerCase();
            String id = h.get("ActionID");
            String idLine = id == null ? "" : "ActionID: " + id + "\r\n";
            switch (action) {
                case "challenge" -> write("Response: Success\r\n" + idLine + "Challenge: " + CHALLENGE);
                case "login" -> {
                    boolean ok = acceptLogins && username.equals(h.get("Username"))
                            && (secret.equals(h.get("Secret")) || md5(CHALLENGE + secret).equals(h.get("Key")));
                    if (!ok) {
                        write("Response: Error\r\n" + idLine + "Message: Authentication failed");
                        return false;
                    }
                    write("Response: Success\r\n" + idLine + "Message: Authentication accepted");
                    write("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 10\r\nLastReload: 10\r\n"
                            + "Status: Fully Booted");
                    current = this;
                    logins.incrementAndGet();
                }
                case "coresettings" -> write("Response: Success\r\n" + idLine
                        + "AMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\nSystemName: ");
                case "command" -> write("Response: Success\r\n" + idLine + "Message: Command output follows\r\n"
                        + "Output: Asterisk 22.10.1 built by root @ vm on a x86_64 running Linux");
                case "ping" -> write("Response: Success\r\n" + idLine + "Ping: Pong\r\nTimestamp: 1795383082.195125");
                case "logoff" -> {
                    write("Response: Goodbye\r\n" + idLine + "Message: Thanks for all the fish.");
                    return false;
                }
                case "coreshowchannels" -> {
                    actions.add(h);
                    write("Response: Success\r\n" + idLine + "EventList: start\r\nMessage: Channels will follow");
                    for (String frame : channelFrames) {
                        write(withActionId(frame, id));
                    }
                    write("Event: CoreShowChannelsComplete\r\n" + idLine + "EventList: Complete\r\nListItems: "
                            + channelFrames.size());
                }
                case "queuestatus" -> {
                    actions.add(h);
                    write("Response: Success\r\n" + idLine + "EventList: start\r\nMessage: Queue status will follow");
                    for (String frame : queueFrames) {
                        write(withActionId(frame, id));
                    }
                    write("Event: QueueStatusComplete\r\n" + idLine + "EventList: Complete\r\nListItems: "
                            + queueFrames.size());
                }
                default -> {
                    actions.add(h);
                    Function<Map<String, String>, String> handler = handlers.get(action);
                    String body = handler != null ? handler.apply(h)
                            : "Response: Error\r\nMessage: Invalid/unknown command: " + h.get("Action");
                    if (body != null) {
                        int nl = body.indexOf("\r\n");
                        write(nl < 0 ? body + "\r\n" + idLine : body.substring(0, nl + 2) + idLine + body.substring(nl + 2));
                    }
                }
            }
            return true;
        }
    }

    /** Replaces (or adds) the ActionID line of a recorded list frame. */
    private static String withActionId(String frame, String id) {
        StringBuilder sb = new StringBuilder();
        for (String line : frame.split("\r\n")) {
            if (!line.regionMatches(true, 0, "ActionID:", 0, 9)) {
                sb.append(line).append("\r\n");
            }
        }
        if (id != null) {
            sb.append("ActionID: ").append(id).append("\r\n");
        }
        return sb.toString();
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
