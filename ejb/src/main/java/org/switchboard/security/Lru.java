package org.switchboard.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A map that holds at most {@code capacity} entries and drops the least recently used one to make room: the login
 * state kept in memory stays bounded whatever an attacker sends. Synchronised; entries are tiny and every use is
 * short.
 */
final class Lru<K, V> {

    private final Map<K, V> entries;

    Lru(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized void remove(K key) {
        entries.remove(key);
    }

    synchronized void removeIf(Predicate<V> condition) {
        entries.values().removeIf(condition);
    }

    synchronized int size() {
        return entries.size();
    }
}
