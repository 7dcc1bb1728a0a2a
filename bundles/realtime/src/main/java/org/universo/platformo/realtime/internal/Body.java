package org.universo.platformo.realtime.internal;

import org.universo.platformo.realtime.protocol.NetEntity;
import org.universo.platformo.realtime.protocol.Quant;

/** An entity simulated by a room. Touched only by the room's tick. */
final class Body {
    enum Kind { SHIP, NPC, STATIC }

    final int handle;
    final String id;
    final Kind kind;
    final String ownerId;
    final PoseHistory history;
    double x;
    double y;
    double z;
    double vx;
    double vy;
    double vz;
    double yaw;
    double pitch;
    double roll;
    double energy;
    double radius = 5;
    double sx = 1;
    double sy = 1;
    double sz = 1;
    double health = -1;
    double maxHealth = -1;
    /** From the Ship component of the player's ship entity; null: the room's limits and default weapon. */
    ShipModel.Limits limits;
    java.util.List<String> modules;
    /** Shield, armor and hull when combat rules are present and the entity can be damaged. */
    org.universo.platformo.combat.Integrity integrity;
    /** Versions of the stored Integrity and Health (0: none yet), and whether damage waits to be written back. */
    long integrityVersion;
    long healthVersion;
    boolean hasHealth;
    boolean damaged;
    Orbit orbit;
    String components;
    /** Loaded from the entity store: its Transform version, and whether it moved since the last write-back. */
    boolean stored;
    long transformVersion;
    boolean moved;
    long cell = Long.MIN_VALUE;
    NetEntity net;
    int flags;

    Body(int handle, String id, Kind kind, String ownerId, int historyTicks) {
        this.handle = handle;
        this.id = id;
        this.kind = kind;
        this.ownerId = ownerId;
        this.history = new PoseHistory(historyTicks);
    }

    /** The quantized state; the previous object when nothing visible changed, so views can compare by reference. */
    NetEntity quantize() {
        NetEntity n = new NetEntity(handle, id, Quant.pos(x), Quant.pos(y), Quant.pos(z), Quant.angle(yaw),
                Quant.angle(pitch), Quant.angle(roll), Quant.vel(vx), Quant.vel(vy), Quant.vel(vz), flags, components);
        if (!n.equals(net)) {
            net = n;
        }
        return net;
    }

    ShipModel.Limits limits(RoomSettings s) {
        return limits != null ? limits : s.limits();
    }

    double speed() {
        return Math.sqrt(vx * vx + vy * vy + vz * vz);
    }
}
