package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.universo.platformo.realtime.spi.AvatarModel;
import org.universo.platformo.realtime.spi.BodyBinding;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.realtime.spi.RoomSystem;

/**
 * The room extensions the service registry offers now, and the {@link Extensions} made of them, rebuilt when one
 * comes or goes: rooms read it each tick, so a domain bundle updated while rooms run is used from its next tick.
 */
final class ExtensionRegistry {
    private record Entry(Class<?> point, Object service, int ranking, long serviceId, Map<String, Object> props) {
    }

    /** Highest ranking first, then the oldest service (the lowest id), as the framework orders references. */
    private static final Comparator<Entry> RANKED = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);
    private final List<Entry> entries = new ArrayList<>();
    private volatile Extensions current = Extensions.NONE;

    Extensions current() {
        return current;
    }

    /** {@code point}: the SPI interface it was bound as (one service may offer several). */
    synchronized void add(Class<?> point, Object service, Map<String, Object> props) {
        entries.add(new Entry(point, service, integer(props.get("service.ranking")), number(props.get("service.id")),
                Map.copyOf(props)));
        rebuild();
    }

    synchronized void remove(Class<?> point, Object service) {
        entries.removeIf(e -> e.point() == point && e.service() == service);
        rebuild();
    }

    private void rebuild() {
        List<Entry> ranked = entries.stream().sorted(RANKED).toList();
        Map<String, IntentHandler> handlers = new LinkedHashMap<>();
        AvatarModel avatar = null;
        List<BodyBinding> bindings = new ArrayList<>();
        List<Entry> systems = new ArrayList<>();
        Set<String> replicated = new HashSet<>();
        for (Entry e : ranked) {
            if (e.point() == IntentHandler.class && e.service() instanceof IntentHandler h && e.props().get(IntentHandler.KIND) instanceof String kind) {
                handlers.putIfAbsent(kind, h);
            }
            if (e.point() == AvatarModel.class && avatar == null) {
                avatar = (AvatarModel) e.service();
            }
            if (e.point() == BodyBinding.class) {
                bindings.add((BodyBinding) e.service());
                replicated.addAll(strings(e.props().get(BodyBinding.REPLICATES)));
            }
            if (e.point() == RoomSystem.class) {
                systems.add(e);
            }
        }
        systems.sort(Comparator.comparingInt((Entry e) -> integer(e.props().get(RoomSystem.ORDER))));
        current = new Extensions(Map.copyOf(handlers), avatar, List.copyOf(bindings),
                systems.stream().map(e -> (RoomSystem) e.service()).toList(), Set.copyOf(replicated));
    }

    private static List<String> strings(Object v) {
        if (v instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        if (v instanceof String[] a) {
            return List.of(a);
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static int integer(Object v) {
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static long number(Object v) {
        return v instanceof Number n ? n.longValue() : Long.MAX_VALUE;
    }
}
