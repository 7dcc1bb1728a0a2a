package org.universo.platformo.realtime.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.universo.platformo.api.ecs.Quat;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.Delta;
import org.universo.platformo.api.protocol.EntityState;
import org.universo.platformo.api.protocol.EntityUpdate;
import org.universo.platformo.api.protocol.Snapshot;

/**
 * The room state at recent ticks. A delta applies to the state of its base tick (the one the client acknowledged),
 * not to the newest: anything that came and went in between is then neither missed nor kept.
 */
final class States {
    private static final int KEEP = 64;
    private final ObjectMapper mapper;
    private final Map<Long, Map<String, EntityState>> byTick = new LinkedHashMap<>(KEEP * 2, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, EntityState>> eldest) {
            return size() > KEEP;
        }
    };
    private long latest = -1;

    States(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    long latestTick() {
        return latest;
    }

    Map<String, EntityState> latest() {
        Map<String, EntityState> s = byTick.get(latest);
        return s == null ? Map.of() : s;
    }

    void apply(Snapshot s) {
        Map<String, EntityState> all = new HashMap<>();
        s.entities().forEach(e -> all.put(e.id().value(), e));
        keep(s.tick(), all);
    }

    /** false when the base state is no longer kept: the client should ask for a full snapshot. */
    boolean apply(Delta d) {
        Map<String, EntityState> base = byTick.get(d.baseTick());
        if (base == null) {
            return false;
        }
        Map<String, EntityState> next = new HashMap<>(base);
        if (d.removed() != null) {
            d.removed().forEach(id -> next.remove(id.value()));
        }
        if (d.added() != null) {
            d.added().forEach(e -> next.put(e.id().value(), e));
        }
        for (EntityUpdate u : d.updated()) {
            EntityState was = next.get(u.id().value());
            if (was != null) {
                next.put(was.id().value(), merge(was, u.fields()));
            }
        }
        keep(d.tick(), next);
        return true;
    }

    @SuppressWarnings("unchecked")
    private EntityState merge(EntityState e, Map<String, Object> f) {
        return new EntityState(e.id(),
                f.containsKey("pos") ? mapper.convertValue(f.get("pos"), Vec3.class) : e.pos(),
                f.containsKey("rot") ? mapper.convertValue(f.get("rot"), Quat.class) : e.rot(),
                f.containsKey("vel") ? mapper.convertValue(f.get("vel"), Vec3.class) : e.vel(),
                f.containsKey("flags") ? (Integer) mapper.convertValue(f.get("flags"), Integer.class) : e.flags(),
                f.containsKey("components") ? mapper.convertValue(f.get("components"), Map.class) : e.components());
    }

    private void keep(long tick, Map<String, EntityState> state) {
        byTick.put(tick, java.util.Collections.unmodifiableMap(state));
        latest = Math.max(latest, tick);
    }
}
