package org.switchboard.connector.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asteriskjava.manager.event.ManagerEvent;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Reads the recorded AMI transcripts in {@code shared/ami-captures} (never copied into the repository): system
 * property {@code switchboard.captures}, else the first {@code shared/ami-captures} found walking up from the
 * working directory.
 */
public final class Captures {

    private static final Object SOURCE = new Object();
    private static Object eventBuilder;
    private static Method buildEvent;

    private Captures() {
    }

    public static Path dir() {
        String configured = System.getProperty("switchboard.captures");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("ami-captures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("AMI captures not found: set -Dswitchboard.captures=<dir>");
    }

    /** The frames (blocks separated by an empty line) after the banner line, as sent by Asterisk. */
    public static List<String> frames(String file) {
        try {
            String text = Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
            int bannerEnd = text.indexOf("\r\n");
            String body = text.substring(bannerEnd + 2);
            List<String> frames = new ArrayList<>();
            for (String frame : body.split("\r\n\r\n")) {
                if (!frame.isBlank()) {
                    frames.add(frame);
                }
            }
            return frames;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> eventFrames(String file) {
        return frames(file).stream().filter(f -> f.startsWith("Event:")).toList();
    }

    /** The first event frame of that AMI type, e.g. "AgentCalled". */
    public static String firstEvent(String file, String type) {
        return eventFrames(file).stream().filter(f -> type.equals(header(f, "Event"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " in " + file));
    }

    public static List<String> events(String file, String type) {
        return eventFrames(file).stream().filter(f -> type.equals(header(f, "Event"))).toList();
    }

    public static String header(String frame, String name) {
        for (String line : frame.split("\r\n")) {
            String[] kv = line.split(":", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase(name)) {
                return kv[1].trim();
            }
        }
        return null;
    }

    /** Builds the asterisk-java event object exactly as its reader does (lower-case keys, trimmed values). */
    public static synchronized ManagerEvent toEvent(String frame) {
        if (eventBuilder == null) {
            // asterisk-java's reader uses this (package-private) builder; reflection keeps us out of its package
            try {
                Class<?> type = Class.forName("org.asteriskjava.manager.internal.EventBuilderImpl");
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                eventBuilder = constructor.newInstance();
                buildEvent = type.getMethod("buildEvent", Object.class, Map.class);
                buildEvent.setAccessible(true);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<String, Object> attributes = new HashMap<>();
        for (String line : frame.split("\r\n")) {
            String[] kv = line.split(":", 2);
            if (kv.length != 2) {
                continue;
            }
            String key = kv[0].toLowerCase(java.util.Locale.ENGLISH).trim();
            String value = kv[1].trim();
            if (key.isEmpty()) {
                continue;
            }
            Object existing = attributes.get(key);
            if (existing == null) {
                attributes.put(key, value);
            } else if (existing instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) list;
                values.add(value);
            } else {
                List<Object> values = new ArrayList<>();
                values.add(existing);
                values.add(value);
                attributes.put(key, values);
            }
        }
        try {
            return (ManagerEvent) buildEvent.invoke(eventBuilder, SOURCE, attributes);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
