package org.switchboard.pbxsim.ami;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One AMI frame (action, response or event): an ordered list of headers; order matters to mimic Asterisk. */
public final class AmiMessage {
    private final List<String> keys = new ArrayList<>(24);
    private final List<String> values = new ArrayList<>(24);

    public AmiMessage add(String key, String value) {
        keys.add(key);
        values.add(value == null ? "" : value);
        return this;
    }

    public AmiMessage add(String key, long value) {
        return add(key, Long.toString(value));
    }

    /** First value of a header, case-insensitive as Asterisk treats header names; null if absent. */
    public String get(String key) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equalsIgnoreCase(key)) {
                return values.get(i);
            }
        }
        return null;
    }

    public String get(String key, String fallback) {
        String v = get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    public List<String> getAll(String key) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equalsIgnoreCase(key)) {
                all.add(values.get(i));
            }
        }
        return all;
    }

    public int size() {
        return keys.size();
    }

    public String key(int i) {
        return keys.get(i);
    }

    public String value(int i) {
        return values.get(i);
    }

    /** Headers as a map (first wins); for recording actions in tests. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.putIfAbsent(keys.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    public byte[] toBytes() {
        StringBuilder sb = new StringBuilder(keys.size() * 32 + 2);
        for (int i = 0; i < keys.size(); i++) {
            sb.append(keys.get(i)).append(": ").append(values.get(i)).append("\r\n");
        }
        sb.append("\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }
}
