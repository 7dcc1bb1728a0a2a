package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.realtime.protocol.Quant;

/**
 * Moved and damaged stored entities go back to the entity store as Transform, Integrity and Health writes, in one
 * batch every few seconds and when the room closes. The room is the authority while it runs: a write refused as stale
 * is retried on the version found.
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
            if (b.stored && b.moved) {
                b.moved = false;
                batch.add(new ComponentWrite(b.id, "Transform", b.transformVersion, transform(b)));
                byId.put(b.id, b);
            }
            if (b.stored && b.damaged) {
                b.damaged = false;
                if (b.integrity != null) {
                    batch.add(new ComponentWrite(b.id, Integrity.COMPONENT, b.integrityVersion,
                            room.json.mapper().valueToTree(b.integrity)));
                }
                if (b.hasHealth) {
                    batch.add(new ComponentWrite(b.id, "Health", b.healthVersion, JsonNodeFactory.instance.objectNode()
                            .put("current", Math.max(0, b.health)).put("max", b.maxHealth)));
                }
                byId.put(b.id, b);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Runnable job = () -> {
            try {
                WriteResult r = room.store.write(room.worldId, batch);
                room.submit(rm -> apply(r, byId));
            } catch (RuntimeException e) {
                LOG.warn("Room {}: writing {} transforms failed; they are retried", room.id, batch.size(), e);
                room.submit(rm -> batch.forEach(w -> redo(byId.get(w.entityId()), w.type())));
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
            default -> b.integrityVersion = v;
        }
    }

    private static void redo(Body b, String type) {
        if ("Transform".equals(type)) {
            b.moved = true;
        } else {
            b.damaged = true;
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
