package org.universo.platformo.spaceworlds.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Services keyed by a property that names one or more keys (node types, component kinds): the highest ranked, then
 * the oldest, answers for a key. Thread-safe; DS binds and unbinds while designs are read.
 */
final class Materializers<T> {
    private record Entry<T>(T service, List<String> keys, int ranking, long serviceId) {
    }

    private final String property;
    private final List<Entry<T>> entries = new ArrayList<>();

    Materializers(String property) {
        this.property = property;
    }

    synchronized void add(T service, Map<String, Object> props) {
        entries.add(new Entry<>(service, keys(props.get(property)), props.get("service.ranking") instanceof Integer r
                ? r : 0, props.get("service.id") instanceof Long id ? id : Long.MAX_VALUE));
        entries.sort(Comparator.comparingInt((Entry<T> e) -> -e.ranking()).thenComparingLong(Entry::serviceId));
    }

    synchronized void remove(T service) {
        entries.removeIf(e -> e.service() == service);
    }

    synchronized Optional<T> find(String key) {
        return entries.stream().filter(e -> e.keys().contains(key)).map(Entry::service).findFirst();
    }

    private static List<String> keys(Object v) {
        if (v instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        if (v instanceof String[] a) {
            return List.of(a);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
