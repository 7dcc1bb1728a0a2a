package org.universo.platformo.realtime.internal;

import java.util.ArrayList;
import java.util.List;
import org.universo.platformo.api.protocol.Fire;
import org.universo.platformo.api.protocol.Intent;
import org.universo.platformo.api.protocol.Move;

/**
 * One simulation step: each client's next input (one per tick), movement by the ship rules, NPC orbits, the grid and
 * the pose history; shots are resolved here with lag compensation.
 */
final class Combat {
    private final Room room;
    private final List<Body> near = new ArrayList<>();
    private final Shots shots;

    Combat(Room room) {
        this.room = room;
        this.shots = new Shots(room);
    }

    void step(double dt) {
        long now = room.nowMs();
        for (Client c : room.clients) {
            Intent in = c.inputs.pollFirst();
            // A client whose clock runs a little fast builds a backlog, and every input would wait longer: beyond
            // two waiting, the older inputs' moves are skipped (their shots still count), never applied twice.
            while (in != null && c.inputs.size() > Client.BACKLOG) {
                if (in.payload().fire() != null) {
                    fire(c, in, in.payload().fire(), now);
                }
                room.metrics.intent("skipped");
                in = c.inputs.pollFirst();
            }
            if (in != null) {
                c.lastProcessedSeq = in.seq();
                Move m = in.payload().move();
                if (m != null) {
                    c.input = new ShipModel.Input(m.thrust().x(), m.thrust().y(), m.thrust().z(), m.yaw(), m.pitch(),
                            m.roll());
                }
                if (in.payload().fire() != null) {
                    fire(c, in, in.payload().fire(), now);
                }
                room.metrics.intent("applied");
            }
            if (!c.attached() || c.leaveAtMs > 0) {
                c.input = ShipModel.Input.IDLE;
            }
            ShipModel.step(c.ship, c.input, c.ship.limits(room.settings), dt);
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

    /**
     * A hitscan shot along the shooter's nose. Targets are placed where the shooter saw them: at its intent's time
     * minus the interpolation delay, rewound at most {@code lag.rewind.cap.ms}.
     */
    void fire(Client c, Intent in, Fire fire, long now) {
        Shots.Gun gun = shots.gun(c, fire.weaponId(), now);
        if (gun == null) {
            room.metrics.shot(false);
            return;
        }
        long rewind = Math.max(0, Math.min(room.settings.rewindCapMs(), now - (in.tClient()
                - room.settings.interpolationDelayMs())));
        double tick = room.tickAt(now - rewind);
        Body s = c.ship;
        double[] dir = ShipModel.forward(s);
        near.clear();
        room.grid.near(s.x, s.y, s.z, gun.range() + 200, near);
        Body best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Body target : near) {
            if (target == s || fire.targetId() != null && !fire.targetId().equals(target.id)) {
                continue;
            }
            double[] p = target.history.at(tick);
            double ox = p[0] - s.x;
            double oy = p[1] - s.y;
            double oz = p[2] - s.z;
            double along = ox * dir[0] + oy * dir[1] + oz * dir[2];
            if (along < 0 || along > gun.range()) {
                continue;
            }
            double off2 = ox * ox + oy * oy + oz * oz - along * along;
            if (off2 <= target.radius * target.radius && along < bestDistance) {
                best = target;
                bestDistance = along;
            }
        }
        room.metrics.shot(best != null);
        if (best != null) {
            shots.hit(c, best, gun, bestDistance);
            c.shotsHit++;
            c.lastRewindMs = rewind;
        }
    }
}
