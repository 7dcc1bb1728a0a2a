package org.universo.platformo.realtime.internal;

import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.IntentPayload;
import org.universo.platformo.api.protocol.Move;

/**
 * One simulation step: each client's next input (one per tick): its move by the movement rules, its other actions to
 * the domains' intent handlers; then NPC orbits, the grid and the pose history.
 */
final class Simulation {
    private final Room room;

    Simulation(Room room) {
        this.room = room;
    }

    void step(double dt, Extensions ext) {
        for (Client c : room.clients) {
            Intent in = c.inputs.pollFirst();
            // A client whose clock runs a little fast builds a backlog, and every input would wait longer: beyond
            // two waiting, the older inputs' moves are skipped (their other actions still count), never applied twice.
            while (in != null && c.inputs.size() > Client.BACKLOG) {
                actions(c, in, ext);
                room.metrics.intent("skipped");
                in = c.inputs.pollFirst();
            }
            if (in != null) {
                c.lastProcessedSeq = in.seq();
                Move m = in.payload().move();
                if (m != null) {
                    c.input = new Motion.Input(m.thrust().x(), m.thrust().y(), m.thrust().z(), m.yaw(), m.pitch(),
                            m.roll());
                }
                actions(c, in, ext);
                room.metrics.intent("applied");
            }
            if (!c.attached() || c.leaveAtMs > 0) {
                c.input = Motion.Input.IDLE;
            }
            Motion.step(c.avatar, c.input, c.avatar.limits(room.settings), dt);
        }
        double t = (room.startMs + room.tick * 1000.0 / room.settings.tickHz()) / 1000.0;
        for (Body b : room.bodies) {
            if (b.orbit != null) {
                b.orbit.place(b, t);
            }
            if (b.kind != Body.Kind.STATIC) {
                if (Sanity.keep(b)) {
                    room.metrics.corrected();
                }
                room.grid.update(b);
                b.history.record(room.tick, b.x, b.y, b.z);
                b.moved = true;
            }
        }
    }

    /** The intent's actions other than its move, in the protocol's order, each to the handler of its kind. */
    private void actions(Client c, Intent in, Extensions ext) {
        if (c.leaveAtMs > 0) {
            return;   // leaving with its entity: it acts no more here
        }
        IntentPayload p = in.payload();
        if (p.fire() != null) {
            act("fire", p.fire(), c, in, ext);
        }
        if (p.useModule() != null) {
            act("use_module", p.useModule(), c, in, ext);
        }
        if (p.interact() != null) {
            act("interact", p.interact(), c, in, ext);
        }
    }

    private void act(String kind, Object action, Client c, Intent in, Extensions ext) {
        ext.handle(kind, room.view, c.avatar, room.json.mapper().valueToTree(action), in.tClient(), room.metrics);
    }
}
