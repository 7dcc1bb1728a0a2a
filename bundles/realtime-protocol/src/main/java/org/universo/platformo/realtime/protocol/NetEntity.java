package org.universo.platformo.realtime.protocol;

import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.protocol.EntityState;

/**
 * One entity as it travels, quantized (see {@link Quant}). {@code handle} is the room's small number for it, so that
 * deltas name entities in a few bits; {@code components} is JSON text or null. Equal values mean nothing to send.
 */
public record NetEntity(int handle, String id, int px, int py, int pz, int yaw, int pitch, int roll, int vx, int vy,
        int vz, int flags, String components) {

    public boolean samePose(NetEntity o) {
        return px == o.px && py == o.py && pz == o.pz;
    }

    public boolean sameRotation(NetEntity o) {
        return yaw == o.yaw && pitch == o.pitch && roll == o.roll;
    }

    public boolean sameVelocity(NetEntity o) {
        return vx == o.vx && vy == o.vy && vz == o.vz;
    }

    public boolean sameComponents(NetEntity o) {
        return components == null ? o.components == null : components.equals(o.components);
    }

    /** The JSON protocol's form; {@code components} are parsed by the caller (see {@link JsonCodec}). */
    public EntityState state(boolean withVelocity, java.util.Map<String, Object> parsedComponents) {
        return new EntityState(EntityId.of(id), Quant.vec(px, py, pz, Quant.POS),
                Quant.quat(Quant.angle(yaw), Quant.angle(pitch), Quant.angle(roll)),
                withVelocity ? Quant.vec(vx, vy, vz, Quant.VEL) : null, flags == 0 ? null : flags, parsedComponents);
    }
}
