package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.realtime.spi.AfterWork;
import org.universo.platformo.realtime.spi.RayHit;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.realtime.spi.RoomContext;

/** A room as its extensions see it. Tick thread only. */
final class RoomView implements RoomContext {
    /** Metric labels an extension names: short lowercase words, so a faulty one cannot flood the metrics. */
    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_.]{0,31}");
    private final Room room;
    private final List<Body> near = new ArrayList<>();

    RoomView(Room room) {
        this.room = room;
    }

    @Override
    public String roomId() {
        return room.id;
    }

    @Override
    public String worldId() {
        return room.worldId;
    }

    @Override
    public long nowMs() {
        return room.nowMs();
    }

    @Override
    public List<RoomBody> bodies() {
        return Collections.unmodifiableList(room.bodies);
    }

    /**
     * Hitscan along the nose. Targets are placed where the player saw them: at the input's time minus the
     * interpolation delay, rewound at most {@code lag.rewind.cap.ms}.
     */
    @Override
    public Optional<RayHit> ray(RoomBody fromBody, double range, String onlyEntityId, long clientTimeMs) {
        Body from = (Body) fromBody;
        long now = room.nowMs();
        long rewind = Math.max(0, Math.min(room.settings.rewindCapMs(), now - (clientTimeMs
                - room.settings.interpolationDelayMs())));
        double tick = room.tickAt(now - rewind);
        double[] dir = Motion.forward(from);
        near.clear();
        room.grid.near(from.x, from.y, from.z, range + 200, near);
        Body best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Body target : near) {
            if (target == from || onlyEntityId != null && !onlyEntityId.equals(target.id)) {
                continue;
            }
            double[] p = target.history.at(tick);
            double ox = p[0] - from.x;
            double oy = p[1] - from.y;
            double oz = p[2] - from.z;
            double along = ox * dir[0] + oy * dir[1] + oz * dir[2];
            if (along < 0 || along > range) {
                continue;
            }
            double off2 = ox * ox + oy * oy + oz * oz - along * along;
            if (off2 <= target.radius * target.radius && along < bestDistance) {
                best = target;
                bestDistance = along;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new RayHit(best, bestDistance, rewind));
    }

    @Override
    public void event(String topic, Map<String, Object> payload, RoomBody about, RoomBody also) {
        Client to = null;
        if (also != null) {
            for (Client c : room.clients) {
                if (c.avatar == also) {
                    to = c;
                }
            }
        }
        int aboutHandle = about == null ? -1 : ((Body) about).handle;
        room.events.add(new Room.Pending(new Event(topic, room.nowMs(), payload), aboutHandle, to));
    }

    @Override
    public Optional<RoomBody> body(String entityId) {
        for (Body b : room.bodies) {
            if (b.id.equals(entityId)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    @Override
    public void tell(RoomBody player, String topic, Map<String, Object> payload) {
        for (Client c : room.clients) {
            if (c.avatar == player) {
                room.events.add(new Room.Pending(new Event(topic, room.nowMs(), payload), -2, c));
            }
        }
    }

    @Override
    public <T> void offTick(RoomBody saveFirst, Callable<T> work, AfterWork<T> then) {
        WriteBack.Saving saving = saveFirst == null ? null : room.writeBack.saving((Body) saveFirst);
        room.io.execute(() -> {
            T result = null;
            Exception failure = null;
            try {
                if (saving != null) {
                    saving.save();
                }
                result = work.call();
            } catch (Exception e) {
                failure = e;
            }
            T r = result;
            Exception f = failure;
            room.submit(rm -> {
                try {
                    then.done(rm.view, r, f);
                } catch (RuntimeException e) {
                    Extensions.failed(rm.metrics, "off_tick", then, e);
                }
            });
        });
    }

    @Override
    public void count(String kind, String outcome) {
        room.metrics.action(label(kind), label(outcome));
    }

    private static String label(String s) {
        return s != null && LABEL.matcher(s).matches() ? s : "other";
    }
}
