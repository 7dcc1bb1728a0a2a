package org.universo.platformo.realtime.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Interact;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Move;
import org.universo.platformo.api.protocol.Ping;
import org.universo.platformo.api.protocol.UseModule;

/**
 * What clients send, in binary: intents (move inputs as signed bytes in steps of 1/127, other actions as JSON)
 * and pings. The server reads frames with {@link #read}; clients write with {@link #intent} and {@link Binary#ping}.
 */
public final class ClientFrames {
    private static final int MOVE = 1;
    private static final int FIRE = 2;
    private static final int USE_MODULE = 4;
    private static final int INTERACT = 8;
    private final JsonCodec json;

    public ClientFrames(JsonCodec json) {
        this.json = json;
    }

    /** Input steps as the server applies them; clients predicting with the same values stay exact. */
    public static double step(double v) {
        return Math.round(Math.max(-1, Math.min(1, v)) * 127) / 127.0;
    }

    public void intent(Out out, Intent intent) {
        IntentPayload p = intent.payload();
        out.u8(Binary.INTENT);
        out.varint(intent.seq());
        out.varint(intent.tClient());
        out.varint(intent.ackTick() == null ? 0 : intent.ackTick() + 1);
        out.u8((p.move() != null ? MOVE : 0) | (p.fire() != null ? FIRE : 0) | (p.useModule() != null ? USE_MODULE : 0)
                | (p.interact() != null ? INTERACT : 0));
        if (p.move() != null) {
            Move m = p.move();
            for (double v : new double[] {m.thrust().x(), m.thrust().y(), m.thrust().z(), m.yaw(), m.pitch(), m.roll()}) {
                out.u8((int) Math.round(Math.max(-1, Math.min(1, v)) * 127));
            }
        }
        for (Object action : new Object[] {p.fire(), p.useModule(), p.interact()}) {
            if (action != null) {
                out.text(text(action));
            }
        }
    }

    /** @throws MalformedFrameException when the frame is not a sequence of intents and pings */
    public List<Message> read(ByteBuffer frame) {
        In in = new In(frame);
        List<Message> out = new ArrayList<>(1);
        while (in.more()) {
            int type = in.u8();
            if (type == Binary.PING) {
                out.add(new Ping(in.varint()));
            } else if (type == Binary.INTENT) {
                out.add(readIntent(in));
            } else {
                throw new MalformedFrameException("clients send intents and pings; got message type " + type);
            }
        }
        if (out.isEmpty()) {
            throw new MalformedFrameException("empty frame");
        }
        return out;
    }

    private Intent readIntent(In in) {
        long seq = in.varint();
        long tClient = in.varint();
        long ack = in.varint();
        int actions = in.u8();
        if (actions == 0 || (actions & ~15) != 0) {
            throw new MalformedFrameException("intent actions " + actions);
        }
        Move move = null;
        if ((actions & MOVE) != 0) {
            double[] v = new double[6];
            for (int i = 0; i < 6; i++) {
                v[i] = Math.max(-1, (byte) in.u8() / 127.0);
            }
            move = new Move(new Vec3(v[0], v[1], v[2]), v[3], v[4], v[5]);
        }
        Fire fire = (actions & FIRE) != 0 ? parse(in, Fire.class) : null;
        UseModule use = (actions & USE_MODULE) != 0 ? parse(in, UseModule.class) : null;
        Interact interact = (actions & INTERACT) != 0 ? parse(in, Interact.class) : null;
        try {
            return new Intent(seq, tClient, new IntentPayload(move, fire, use, interact), ack == 0 ? null : ack - 1);
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException(e.getMessage());
        }
    }

    private <T> T parse(In in, Class<T> type) {
        String text = in.text(4096);
        try {
            return json.mapper().readValue(text == null ? "null" : text, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedFrameException("bad " + type.getSimpleName() + " in intent");
        }
    }

    private String text(Object action) {
        try {
            return json.mapper().writeValueAsString(action);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
