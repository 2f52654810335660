package org.switchboard.pbxsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.switchboard.pbxsim.replay.CaptureFile;

/** Locates the shared AMI captures (never copied into the repo) and extracts event-type sequences. */
final class Captures {
    /** The call-model events whose order the scenarios must reproduce. */
    static final Set<String> CALL_MODEL = Set.of("Newchannel", "QueueCallerJoin", "AgentCalled", "AgentConnect",
            "AgentComplete", "AgentRingNoAnswer", "QueueCallerAbandon", "QueueCallerLeave", "DialBegin", "DialState",
            "DialEnd", "BridgeCreate", "BridgeEnter", "BridgeLeave", "BridgeDestroy", "Hangup", "OriginateResponse",
            "Newstate", "MusicOnHoldStart", "MusicOnHoldStop", "Cdr", "QueueMemberAdded", "QueueMemberRemoved",
            "QueueMemberPause", "QueueMemberPenalty", "QueueMemberStatus");

    private Captures() {
    }

    static Path dir() {
        String prop = System.getProperty("switchboard.captures");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/ami-captures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/ami-captures not found; set -Dswitchboard.captures");
    }

    static Path file(String prefix) {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.toString().endsWith(".sent.ami"))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Event types of a capture, without list events (answers to the recording client's actions). */
    static List<String> eventTypes(Path capture) throws IOException {
        List<String> types = new ArrayList<>();
        for (CaptureFile.Frame f : CaptureFile.read(capture)) {
            String text = new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            boolean listEvent = text.contains("\r\nActionID: ") && !f.type().equals("OriginateResponse");
            if (f.event() && !listEvent) {
                types.add(f.type());
            }
        }
        return types;
    }

    static List<String> callModel(List<String> types) {
        List<String> out = new ArrayList<>();
        for (String t : types) {
            if (CALL_MODEL.contains(t)) {
                out.add(t);
            }
        }
        // README: OriginateResponse and the originate's DialEnd come in either order from run to run.
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).equals("OriginateResponse") && out.get(i + 1).equals("DialEnd")) {
                out.set(i, "DialEnd");
                out.set(i + 1, "OriginateResponse");
            }
        }
        return out;
    }
}
