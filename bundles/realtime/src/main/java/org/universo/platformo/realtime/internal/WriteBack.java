package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.realtime.protocol.Quant;

/**
 * Moved and damaged stored entities go back to the entity store as Transform and Health writes, with the components
 * the domains set on them, in one batch every few seconds and when the room closes. The room is the authority while it runs: a write refused as stale
 * is retried on the version found; an entity whose state the store refuses does not keep the others from saving.
 */
final class WriteBack {
    private static final Logger LOG = LoggerFactory.getLogger(WriteBack.class);
    private final Room room;
    private long lastMs;
    private volatile boolean inFlight;

    WriteBack(Room room) {
        this.room = room;
    }

    void maybeWrite() {
        long now = room.nowMs();
        if (lastMs == 0) {
            lastMs = now;
            return;
        }
        if (now - lastMs >= room.settings.writeBackMs() && !inFlight) {
            lastMs = now;
            write(true);
        }
    }

    void write(boolean async) {
        if (room.store == null) {
            return;
        }
        List<ComponentWrite> batch = new ArrayList<>();
        Map<String, Body> byId = new HashMap<>();
        for (Body b : new ArrayList<>(room.bodies)) {
            try {
                List<ComponentWrite> mine = writes(b);
                if (!mine.isEmpty()) {
                    batch.addAll(mine);
                    byId.put(b.id, b);
                }
            } catch (RuntimeException e) {
                room.metrics.writeBack("refused", 1);
                LOG.warn("Room {}: entity {} cannot be written back; it is skipped", room.id, b.id, e);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Runnable job = () -> {
            try {
                store(batch, byId);
            } finally {
                inFlight = false;
            }
        };
        inFlight = true;
        if (async) {
            room.io.execute(job);
        } else {
            job.run();
        }
    }

    /**
     * The body's state as it is now, to be saved ahead of an extension's off-tick work ({@link #saving}). Its writes
     * leave the periodic batch; whatever is not saved is redone by the next write-back as usual.
     */
    final class Saving {
        private final Body body;
        private final List<ComponentWrite> writes;

        private Saving(Body body, List<ComponentWrite> writes) {
            this.body = body;
            this.writes = writes;
        }

        /** Room I/O lane: throws unless every write was taken, so the work that follows it does not run. */
        void save() {
            if (writes.isEmpty() || room.store == null) {
                return;
            }
            WriteResult r;
            try {
                r = room.store.write(room.worldId, writes);
            } catch (RuntimeException e) {
                room.submit(rm -> writes.forEach(w -> redo(body, w.type())));
                throw e;
            }
            room.metrics.writeBack("written", r.written().size());
            room.submit(rm -> apply(r, Map.of(body.id, body)));
            if (!r.conflicts().isEmpty()) {
                throw new IllegalStateException("entity " + body.id + " changed in the store meanwhile; not saved");
            }
        }
    }

    /** Tick thread. */
    Saving saving(Body b) {
        return new Saving(b, b.stored ? writes(b) : List.of());
    }

    /** The body's pending writes; its flags are cleared, and set again if a write has to be redone. */
    private List<ComponentWrite> writes(Body b) {
        List<ComponentWrite> out = new ArrayList<>(3);
        if (b.stored && b.moved) {
            b.moved = false;
            out.add(new ComponentWrite(b.id, "Transform", b.transformVersion, transform(b)));
        }
        if (b.stored && b.damaged) {
            b.damaged = false;
            if (b.hasHealth) {
                out.add(new ComponentWrite(b.id, "Health", b.healthVersion, JsonNodeFactory.instance.objectNode()
                        .put("current", Math.max(0, b.health)).put("max", b.maxHealth)));
            }
        }
        if (b.stored) {
            for (String type : b.dirty) {
                out.add(new ComponentWrite(b.id, type, b.versions.getOrDefault(type, 0L), b.data.get(type)));
            }
        }
        b.dirty.clear();
        return out;
    }

    /**
     * One batch; when the store refuses it as invalid, entity by entity, so that one entity's bad state is logged,
     * counted and dropped while the others are saved. Any other failure (the database away) is retried whole.
     */
    private void store(List<ComponentWrite> batch, Map<String, Body> byId) {
        try {
            WriteResult r = room.store.write(room.worldId, batch);
            room.metrics.writeBack("written", r.written().size());
            room.submit(rm -> apply(r, byId));
        } catch (ApiException invalid) {
            if (invalid.httpStatus() != 422) {
                retry(batch, byId, invalid);
            } else if (byId.size() == 1) {
                room.metrics.writeBack("refused", batch.size());
                LOG.warn("Room {}: the store refused entity {}'s state; it is dropped until it changes again: {} {}",
                        room.id, batch.get(0).entityId(), invalid.getMessage(), invalid.details());
            } else {
                Map<String, List<ComponentWrite>> perEntity = new java.util.LinkedHashMap<>();
                batch.forEach(w -> perEntity.computeIfAbsent(w.entityId(), k -> new ArrayList<>()).add(w));
                perEntity.forEach((id, writes) -> store(writes, Map.of(id, byId.get(id))));
            }
        } catch (RuntimeException e) {
            retry(batch, byId, e);
        }
    }

    private void retry(List<ComponentWrite> batch, Map<String, Body> byId, RuntimeException e) {
        room.metrics.writeBack("failed", batch.size());
        LOG.warn("Room {}: writing {} components failed; they are retried", room.id, batch.size(), e);
        room.submit(rm -> batch.forEach(w -> redo(byId.get(w.entityId()), w.type())));
    }

    private void apply(WriteResult r, Map<String, Body> byId) {
        for (WriteResult.Written w : r.written()) {
            version(byId.get(w.entityId()), w.type(), w.version());
        }
        for (WriteResult.Conflict c : r.conflicts()) {
            Body b = byId.get(c.entityId());
            if (c.actualVersion() != null) {
                version(b, c.type(), c.actualVersion());
                redo(b, c.type());
            } else {
                b.stored = false;
            }
        }
    }

    private static void version(Body b, String type, long v) {
        switch (type) {
            case "Transform" -> b.transformVersion = v;
            case "Health" -> b.healthVersion = v;
            default -> b.versions.put(type, v);
        }
    }

    private static void redo(Body b, String type) {
        switch (type) {
            case "Transform" -> b.moved = true;
            case "Health" -> b.damaged = true;
            default -> {
                if (b.data.containsKey(type)) {
                    b.dirty.add(type);
                }
            }
        }
    }

    private static ObjectNode transform(Body b) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.putObject("position").put("x", b.x).put("y", b.y).put("z", b.z);
        var q = Quant.quat(b.yaw, b.pitch, b.roll);
        t.putObject("rotation").put("x", q.x()).put("y", q.y()).put("z", q.z()).put("w", q.w());
        t.putObject("scale").put("x", b.sx).put("y", b.sy).put("z", b.sz);
        return t;
    }
}
