package org.universo.platformo.realtime.protocol;

/**
 * The binary form. A frame holds one or more messages, each starting with its type byte; entity states are
 * quantized ({@link Quant}), delta fields are bit-packed differences from the acknowledged base state.
 */
public final class Binary {
    public static final int INTENT = 1;
    public static final int ACK = 2;
    public static final int SNAPSHOT = 3;
    public static final int DELTA = 4;
    public static final int EVENT = 5;
    public static final int PING = 6;
    public static final int PONG = 7;
    public static final int ERROR = 8;
    static final int MAX_ENTITIES = 1 << 20;
    static final int MAX_TEXT = 1 << 20;

    private Binary() {
    }

    public static void snapshot(Out out, long tick, long tServer, View view) {
        out.u8(SNAPSHOT);
        out.varint(tick);
        out.varint(tServer);
        out.varint(view.entities().length);
        for (NetEntity e : view.entities()) {
            entity(out, e);
        }
    }

    public static void delta(Out out, long tick, long baseTick, long tServer, Changes c) {
        out.u8(DELTA);
        out.varint(tick);
        out.varint(baseTick);
        out.varint(tServer);
        out.varint(c.added().size());
        c.added().forEach(e -> entity(out, e));
        out.varint(c.removed().size());
        int previous = -1;
        for (NetEntity e : c.removed()) {
            out.varint(e.handle() - previous - 1L);
            previous = e.handle();
        }
        out.varint(c.updated().size());
        Bits.Writer w = new Bits.Writer(out);
        previous = -1;
        for (Changes.Update u : c.updated()) {
            int gap = u.now().handle() - previous;
            if (gap == 1) {
                w.bits(0, 1);
            } else {
                w.bits(1, 1);
                w.unsigned(gap - 2L);
            }
            previous = u.now().handle();
            fields(w, u);
        }
        w.flush();
        for (Changes.Update u : c.updated()) {
            if ((u.mask() & Changes.COMPONENTS) != 0) {
                out.text(u.now().components());
            }
        }
    }

    private static void fields(Bits.Writer w, Changes.Update u) {
        NetEntity n = u.now();
        NetEntity b = u.base();
        w.bits(u.mask(), 5);
        if ((u.mask() & Changes.POS) != 0) {
            w.signed(n.px() - b.px());
            w.signed(n.py() - b.py());
            w.signed(n.pz() - b.pz());
        }
        if ((u.mask() & Changes.ROT) != 0) {
            int axes = (n.yaw() != b.yaw() ? 4 : 0) | (n.pitch() != b.pitch() ? 2 : 0) | (n.roll() != b.roll() ? 1 : 0);
            w.bits(axes, 3);
            if ((axes & 4) != 0) {
                w.signed(Quant.angleDelta(b.yaw(), n.yaw()));
            }
            if ((axes & 2) != 0) {
                w.signed(Quant.angleDelta(b.pitch(), n.pitch()));
            }
            if ((axes & 1) != 0) {
                w.signed(Quant.angleDelta(b.roll(), n.roll()));
            }
        }
        if ((u.mask() & Changes.VEL) != 0) {
            w.signed(n.vx() - b.vx());
            w.signed(n.vy() - b.vy());
            w.signed(n.vz() - b.vz());
        }
        if ((u.mask() & Changes.FLAGS) != 0) {
            w.unsigned(Integer.toUnsignedLong(n.flags()));
        }
    }

    /** Reads one delta update of the entity {@code b} (its base state) whose mask bits were not read yet. */
    static NetEntity readFields(Bits.Reader r, NetEntity b, boolean[] componentsFollow) {
        int mask = (int) r.bits(5);
        int px = b.px();
        int py = b.py();
        int pz = b.pz();
        if ((mask & Changes.POS) != 0) {
            px += r.signed();
            py += r.signed();
            pz += r.signed();
        }
        int yaw = b.yaw();
        int pitch = b.pitch();
        int roll = b.roll();
        if ((mask & Changes.ROT) != 0) {
            int axes = (int) r.bits(3);
            yaw = (axes & 4) != 0 ? Math.floorMod(yaw + r.signed(), Quant.TURN) : yaw;
            pitch = (axes & 2) != 0 ? Math.floorMod(pitch + r.signed(), Quant.TURN) : pitch;
            roll = (axes & 1) != 0 ? Math.floorMod(roll + r.signed(), Quant.TURN) : roll;
        }
        int vx = b.vx();
        int vy = b.vy();
        int vz = b.vz();
        if ((mask & Changes.VEL) != 0) {
            vx += r.signed();
            vy += r.signed();
            vz += r.signed();
        }
        int flags = (mask & Changes.FLAGS) != 0 ? (int) r.unsigned() : b.flags();
        componentsFollow[0] = (mask & Changes.COMPONENTS) != 0;
        return new NetEntity(b.handle(), b.id(), px, py, pz, yaw, pitch, roll, vx, vy, vz, flags, b.components());
    }

    static void entity(Out out, NetEntity e) {
        out.varint(e.handle());
        out.text(e.id());
        out.zigzag(e.px());
        out.zigzag(e.py());
        out.zigzag(e.pz());
        out.u16(e.yaw());
        out.u16(e.pitch());
        out.u16(e.roll());
        out.zigzag(e.vx());
        out.zigzag(e.vy());
        out.zigzag(e.vz());
        out.varint(Integer.toUnsignedLong(e.flags()));
        out.text(e.components());
    }

    static NetEntity entity(In in) {
        int handle = in.count(Integer.MAX_VALUE);
        String id = in.text(128);
        if (id == null) {
            throw new MalformedFrameException("entity without id");
        }
        return new NetEntity(handle, id, in.int32(), in.int32(), in.int32(), in.u16(), in.u16(), in.u16(), in.int32(),
                in.int32(), in.int32(), (int) in.varint(), in.text(MAX_TEXT));
    }

    /**
     * The head of a server frame without decoding the state: the acknowledged seq (-1: none) and the state's tick
     * (-1: none), for load generators that count rather than apply. A frame starts with its ack, then its state.
     */
    public static long[] peek(java.nio.ByteBuffer frame) {
        In in = new In(frame.duplicate());
        long seq = -1;
        long tick = -1;
        while (in.more()) {
            int type = in.u8();
            if (type == ACK) {
                seq = in.varint();
                in.varint();
            } else if (type == SNAPSHOT || type == DELTA) {
                tick = in.varint();
                break;
            } else {
                break;
            }
        }
        return new long[] {seq, tick};
    }

    public static void ack(Out out, long seq, long tServer) {
        out.u8(ACK);
        out.varint(seq);
        out.varint(tServer);
    }

    public static void ping(Out out, long t0) {
        out.u8(PING);
        out.varint(t0);
    }

    public static void pong(Out out, long t0, long tServer) {
        out.u8(PONG);
        out.varint(t0);
        out.varint(tServer);
    }

    /** An event or error message: rare, so it travels as its JSON text. */
    public static void json(Out out, int type, String json) {
        out.u8(type);
        out.text(json);
    }
}
