package org.universo.platformo.realtime.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.protocol.Ack;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Pong;

/**
 * A client's decoder of the server's binary frames. It keeps the views it rebuilt for recent ticks, because each
 * delta is relative to one of them; what it returns are the same records the JSON form carries.
 */
public final class ServerFrames {
    private static final int KEEP = 64;
    private final JsonCodec json;
    private final Map<Long, View> views = new LinkedHashMap<>(KEEP * 2, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, View> eldest) {
            return size() > KEEP;
        }
    };

    public ServerFrames(JsonCodec json) {
        this.json = json;
    }

    /** The state rebuilt for {@code tick}, if still kept. */
    public View view(long tick) {
        return views.get(tick);
    }

    /** @throws MalformedFrameException for a frame that cannot be read, or a delta whose base is not kept */
    public List<Message> read(ByteBuffer frame) {
        In in = new In(frame);
        List<Message> out = new ArrayList<>(2);
        while (in.more()) {
            int type = in.u8();
            switch (type) {
                case Binary.ACK -> out.add(new Ack(in.varint(), in.varint(), null));
                case Binary.PONG -> out.add(new Pong(in.varint(), in.varint()));
                case Binary.SNAPSHOT -> out.add(snapshot(in));
                case Binary.DELTA -> out.add(delta(in));
                case Binary.EVENT, Binary.ERROR -> out.add(json.decode(in.text(Binary.MAX_TEXT)));
                default -> throw new MalformedFrameException("unknown message type " + type);
            }
        }
        return out;
    }

    private Message snapshot(In in) {
        long tick = in.varint();
        long tServer = in.varint();
        int n = in.count(Binary.MAX_ENTITIES);
        NetEntity[] all = new NetEntity[n];
        for (int i = 0; i < n; i++) {
            all[i] = Binary.entity(in);
        }
        View view = new View(tick, all);
        views.put(tick, view);
        return json.snapshot(tick, tServer, view);
    }

    private Message delta(In in) {
        long tick = in.varint();
        long baseTick = in.varint();
        long tServer = in.varint();
        View base = views.get(baseTick);
        if (base == null || tick <= baseTick) {
            throw new MalformedFrameException("delta against tick " + baseTick + ", which this client does not hold");
        }
        Map<Integer, NetEntity> now = new HashMap<>();
        for (NetEntity e : base.entities()) {
            now.put(e.handle(), e);
        }
        int added = in.count(Binary.MAX_ENTITIES);
        for (int i = 0; i < added; i++) {
            NetEntity e = Binary.entity(in);
            now.put(e.handle(), e);
        }
        int removed = in.count(Binary.MAX_ENTITIES);
        long handle = -1;
        for (int i = 0; i < removed; i++) {
            handle += in.varint() + 1;
            now.remove((int) handle);
        }
        int updated = in.count(Binary.MAX_ENTITIES);
        Bits.Reader r = new Bits.Reader(in);
        List<Integer> withComponents = new ArrayList<>();
        handle = -1;
        boolean[] components = new boolean[1];
        for (int i = 0; i < updated; i++) {
            handle += r.bits(1) == 0 ? 1 : r.unsigned() + 2;
            NetEntity was = base.find((int) handle);
            if (was == null) {
                throw new MalformedFrameException("update of entity " + handle + ", not in the base state");
            }
            now.put(was.handle(), Binary.readFields(r, was, components));
            if (components[0]) {
                withComponents.add(was.handle());
            }
        }
        for (int h : withComponents) {
            NetEntity e = now.get(h);
            now.put(h, new NetEntity(e.handle(), e.id(), e.px(), e.py(), e.pz(), e.yaw(), e.pitch(), e.roll(), e.vx(),
                    e.vy(), e.vz(), e.flags(), in.text(Binary.MAX_TEXT)));
        }
        NetEntity[] all = now.values().toArray(NetEntity[]::new);
        Arrays.sort(all, Comparator.comparingInt(NetEntity::handle));
        View view = new View(tick, all);
        views.put(tick, view);
        return json.delta(tick, baseTick, tServer, Changes.between(base, view, Changes.EVERY_VELOCITY));
    }
}
