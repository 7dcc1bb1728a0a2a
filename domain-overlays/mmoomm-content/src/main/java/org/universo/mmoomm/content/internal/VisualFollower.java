package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.mmoomm.utils.VisualStates;
import org.universo.platformo.combat.CombatEvents;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;

/**
 * Keeps a stored entity's Visual state on the thresholds of {@link VisualStates} as hits land (from rooms and from
 * the combat API), so every client loading it draws the same wreck. Only a change of state reads and writes the
 * store; entities without a Visual, or not stored (a room's ships), are remembered and left alone.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=org/universo/platformo/combat/hit")
public final class VisualFollower implements EventHandler {
    /** Beyond this many remembered targets the memory starts afresh; it only saves reads. */
    static final int REMEMBERED = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(VisualFollower.class);
    private final EntityStore store;
    private final Executor writer;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** Database work leaves the EventAdmin thread, whose handlers a slow store would get blacklisted. */
    @Activate
    public VisualFollower(@Reference EntityStore store) {
        this(store, Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "mmoomm-visual-follower");
            t.setDaemon(true);
            return t;
        }));
    }

    VisualFollower(EntityStore store, Executor writer) {
        this.store = store;
        this.writer = writer;
    }

    @Deactivate
    void deactivate() {
        if (writer instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    @Override
    public void handleEvent(Event e) {
        if (e.getProperty("targetId") instanceof String target
                && e.getProperty(CombatEvents.INTEGRITY_AFTER) instanceof Integrity after) {
            String state = VisualStates.state(after);
            if (state.equals(known.get(target))) {
                return;
            }
            try {
                writer.execute(() -> {
                    try {
                        follow(target, state);
                    } catch (RuntimeException ex) {
                        // The look lags until the next hit changes the state again; the hit is stored already.
                        LOG.warn("Visual state of {} not written", target, ex);
                    }
                });
            } catch (RejectedExecutionException stopping) {
                return;
            }
        }
    }

    void follow(String target, String state) {
        if (state.equals(known.get(target))) {
            return;
        }
        if (known.size() > REMEMBERED) {
            known.clear();
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            EntityView e = store.find(target).orElse(null);
            ComponentValue visual = e == null ? null : e.components().get("Visual");
            if (visual == null || state.equals(visual.data().path("state").asText())) {
                known.put(target, state);
                return;
            }
            ObjectNode next = visual.data().deepCopy();
            next.put("state", state);
            if (store.write(List.of(new ComponentWrite(target, "Visual", visual.version(), next))).conflicts()
                    .isEmpty()) {
                known.put(target, state);
                return;
            }
        }
    }
}
