package org.universo.platformo.realtime.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.protocol.Ack;
import org.universo.platformo.realtime.protocol.Binary;
import org.universo.platformo.realtime.protocol.Changes;
import org.universo.platformo.realtime.protocol.NetEntity;
import org.universo.platformo.realtime.protocol.Out;
import org.universo.platformo.realtime.protocol.View;

/**
 * State to every client: what it can see now, as a delta against the last state it acknowledged (a full snapshot
 * when it acknowledged none still kept), with the ack of its inputs and its events, in one binary frame.
 */
final class Broadcast {
    /** Frames a client may have in flight before it is skipped for a state message, and before it is dropped. */
    static final int SKIP_AT = 8;
    static final int DROP_AT = 256;
    private static final int KEEP_VIEWS = 32;
    private final Room room;
    private final Out out = new Out(16 * 1024);
    private final List<Body> near = new ArrayList<>();

    Broadcast(Room room) {
        this.room = room;
    }

    void send() {
        List<Runnable> writes = new ArrayList<>();
        collect(writes);
        if (!writes.isEmpty()) {
            room.sender.execute(() -> writes.forEach(Runnable::run));
        }
    }

    private void collect(List<Runnable> writes) {
        long tServer = room.nowMs();
        List<Body> bodies = room.bodies;
        NetEntity[] world = new NetEntity[bodies.size()];
        for (int i = 0; i < world.length; i++) {
            world[i] = bodies.get(i).quantize();
        }
        View everything = room.settings.interest() ? null : new View(room.tick, world);
        List<Room.Pending> events = new ArrayList<>(room.events);
        room.events.clear();
        Map<Room.Pending, String> texts = new IdentityHashMap<>();
        for (Client c : room.clients) {
            if (!c.attached()) {
                continue;
            }
            int pending = c.pendingSends.get();
            if (pending > DROP_AT) {
                c.link.close(1008, "too slow");
                room.membership.detach(c);
                continue;
            }
            View view = everything != null ? everything : visible(c);
            List<String> mine = new ArrayList<>();
            // A body that just left (system.leave) is in no new view: those who saw it last are told too.
            View last = c.views.isEmpty() ? null : c.views.lastEntry().getValue();
            for (Room.Pending e : events) {
                if (e.also() == c || e.about() == -1 || e.about() >= 0 && (view.find(e.about()) != null
                        || last != null && last.find(e.about()) != null || e.about() == c.avatar.handle)) {
                    mine.add(texts.computeIfAbsent(e, k -> room.json.encode(k.event())));
                }
            }
            if (pending > SKIP_AT && mine.isEmpty()) {
                room.metrics.error("send_skipped");
                continue;
            }
            View base = c.ackTick >= 0 ? c.views.get(c.ackTick) : null;
            c.views.headMap(c.ackTick).clear();
            while (c.views.size() >= KEEP_VIEWS) {
                c.views.pollFirstEntry();
            }
            c.views.put(room.tick, view);
            if (base != null) {
                room.metrics.ackLag(room.tick - base.tick());
            }
            if (c.link.binary()) {
                sendBinary(c, base, view, mine, tServer, writes);
            } else {
                sendJson(c, base, view, mine, tServer, writes);
            }
        }
    }

    private View visible(Client c) {
        near.clear();
        Body s = c.avatar;
        room.grid.near(s.x, s.y, s.z, room.settings.interestRadius(), near);
        if (!near.contains(s)) {
            near.add(s);
        }
        NetEntity[] seen = new NetEntity[near.size()];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = near.get(i).net;
        }
        Arrays.sort(seen, Comparator.comparingInt(NetEntity::handle));
        return new View(room.tick, seen);
    }

    private void sendBinary(Client c, View base, View view, List<String> events, long tServer, List<Runnable> writes) {
        out.reset();
        if (c.lastProcessedSeq >= 0) {
            Binary.ack(out, c.lastProcessedSeq, tServer);
        }
        int before = out.size();
        if (base == null) {
            Binary.snapshot(out, room.tick, tServer, view);
        } else {
            Binary.delta(out, room.tick, base.tick(), tServer, Changes.between(base, view, c.avatar.handle));
        }
        int state = out.size() - before;
        for (String e : events) {
            Binary.json(out, Binary.EVENT, e);
        }
        ByteBuffer frame = out.toBuffer();
        c.pendingSends.incrementAndGet();
        Link link = c.link;
        writes.add(() -> link.send(frame, c.pendingSends::decrementAndGet));
        room.metrics.sent(frame.remaining());
        room.metrics.stateBytes(state);
    }

    private void sendJson(Client c, View base, View view, List<String> events, long tServer, List<Runnable> writes) {
        List<String> frames = new ArrayList<>();
        if (c.lastProcessedSeq >= 0) {
            frames.add(room.json.encode(new Ack(c.lastProcessedSeq, tServer, null)));
        }
        frames.add(room.json.encode(base == null ? room.json.snapshot(room.tick, tServer, view)
                : room.json.delta(room.tick, base.tick(), tServer, Changes.between(base, view, c.avatar.handle))));
        room.metrics.stateBytes(frames.get(frames.size() - 1).length());
        frames.addAll(events);
        Link link = c.link;
        for (String f : frames) {
            c.pendingSends.incrementAndGet();
            writes.add(() -> link.send(f, c.pendingSends::decrementAndGet));
            room.metrics.sent(f.length());
        }
    }
}
