package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.realtime.spi.AvatarModel;
import org.universo.platformo.realtime.spi.BodyBinding;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.realtime.spi.RoomSystem;

/**
 * The domains' room extensions registered at one moment: intent handlers by kind (the highest ranked of a kind
 * acts), the highest ranked avatar model, every body binding and every system in order, and the component types
 * the bindings ask clients to receive. Immutable; the room manager
 * publishes a new one whenever a service comes or goes. A call that throws is counted and costs that call only.
 */
record Extensions(Map<String, IntentHandler> handlers, AvatarModel avatar, List<BodyBinding> bindings,
        List<RoomSystem> systems, Set<String> replicated) {
    private static final Logger LOG = LoggerFactory.getLogger(Extensions.class);
    static final Extensions NONE = new Extensions(Map.of(), null, List.of(), List.of(), Set.of());

    void bind(RoomView room, Body b, Map<String, JsonNode> components, RoomMetrics metrics) {
        for (BodyBinding binding : bindings) {
            try {
                binding.bind(room, b, components);
            } catch (RuntimeException e) {
                failed(metrics, "body_binding", binding, e);
            }
        }
    }

    void systems(RoomView room, double dt, RoomMetrics metrics) {
        for (RoomSystem s : systems) {
            try {
                s.step(room, dt);
            } catch (RuntimeException e) {
                failed(metrics, "room_system", s, e);
            }
        }
    }

    /** Whether a handler took the action; a throwing one is counted and the action dropped. */
    boolean handle(String kind, RoomView room, Body actor, JsonNode action, long clientTimeMs, RoomMetrics metrics) {
        IntentHandler h = handlers.get(kind);
        if (h == null) {
            metrics.action(kind, "unhandled");
            return false;
        }
        try {
            h.handle(room, actor, action, clientTimeMs);
        } catch (RuntimeException e) {
            failed(metrics, "intent_handler", h, e);
        }
        return true;
    }

    static void failed(RoomMetrics metrics, String point, Object extension, RuntimeException e) {
        metrics.extensionError(point);
        LOG.debug("Room extension {} ({}) failed", extension.getClass().getName(), point, e);
    }
}
