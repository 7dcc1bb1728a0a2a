package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.universo.platformo.realtime.protocol.NetEntity;
import org.universo.platformo.realtime.protocol.Quant;
import org.universo.platformo.realtime.spi.RoomBody;

/** An entity simulated by a room. Touched only by the room's tick. */
final class Body implements RoomBody {
    enum Kind { AVATAR, NPC, STATIC }

    final int handle;
    final String id;
    /** An avatar while a player flies it; a stored entity a player left is still again. */
    Kind kind;
    final String ownerId;
    final PoseHistory history;
    private final Room room;
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
    /** The collision sphere; a body made without a Transform (a fresh avatar) keeps this one. */
    static final double DEFAULT_RADIUS = 5;
    double radius = DEFAULT_RADIUS;
    double sx = 1;
    double sy = 1;
    double sz = 1;
    double health = -1;
    double maxHealth = -1;
    /** From the avatar model; null: the room's limits. */
    Motion.Limits limits;
    /** The stored entity an avatar stands for (null: none): when it leaves the world, the player follows it. */
    String standsFor;
    /** Versions of the stored Health (0: none yet), and whether damage waits to be written back. */
    long healthVersion;
    boolean hasHealth;
    boolean damaged;
    Orbit orbit;
    /** The components as loaded and as extensions set them; {@link #components} is what clients get of them. */
    final Map<String, JsonNode> data = new LinkedHashMap<>();
    /** Component types set by extensions that wait for the write-back, and the stored versions by type. */
    final Set<String> dirty = new LinkedHashSet<>();
    final Map<String, Long> versions = new HashMap<>();
    private final Map<Class<?>, Object> states = new HashMap<>();
    /** Extensions are binding it: what they set is its loaded state, not a change to write back. */
    boolean binding;
    String components;
    /** Loaded from the entity store: its Transform version, and whether it moved since the last write-back. */
    boolean stored;
    long transformVersion;
    boolean moved;
    long cell = Long.MIN_VALUE;
    NetEntity net;
    int flags;

    Body(Room room, int handle, String id, Kind kind, String ownerId, int historyTicks) {
        this.room = room;
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

    Motion.Limits limits(RoomSettings s) {
        return limits != null ? limits : s.limits();
    }

    double speed() {
        return Math.sqrt(vx * vx + vy * vy + vz * vz);
    }

    /**
     * The collision sphere of what clients draw: a unit primitive at the body's scale, so half its largest extent
     * (a 20 m asteroid is hit 10 m from its centre).
     */
    void sized() {
        double m = Math.max(Math.abs(sx), Math.max(Math.abs(sy), Math.abs(sz)));
        radius = Double.isFinite(m) && m > 0 ? m / 2 : DEFAULT_RADIUS;
    }

    private void replicate() {
        if (room != null) {   // null: a body on its own, in tests of the movement rules
            WorldLoader.replicate(room, this);
        }
    }

    @Override
    public String entityId() {
        return id;
    }

    @Override
    public String ownerId() {
        return ownerId;
    }

    @Override
    public boolean avatar() {
        return kind == Kind.AVATAR;
    }

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    @Override
    public double z() {
        return z;
    }

    @Override
    public double[] forward() {
        return Motion.forward(this);
    }

    @Override
    public double radius() {
        return radius;
    }

    @Override
    public double energy() {
        return energy;
    }

    @Override
    public void energy(double value) {
        if (Double.isFinite(value)) {
            energy = Math.max(0, value);
        }
    }

    @Override
    public double health() {
        return health;
    }

    @Override
    public double maxHealth() {
        return maxHealth;
    }

    @Override
    public void health(double current, double max) {
        if (!Double.isFinite(current) || !Double.isFinite(max)) {
            return;
        }
        health = current;
        maxHealth = max;
        damaged |= stored && !binding;
        replicate();
    }

    @Override
    public void component(String type, JsonNode value) {
        if (value == null) {
            data.remove(type);
        } else {
            data.put(type, value);
            if (stored && !binding && !"Transform".equals(type) && !"Health".equals(type)) {
                dirty.add(type);
            }
        }
        replicate();
    }

    @Override
    public JsonNode component(String type) {
        return data.get(type);
    }

    @Override
    public <T> T state(Class<T> key, Supplier<T> create) {
        return key.cast(states.computeIfAbsent(key, k -> create.get()));
    }

    @Override
    public void show(String type, JsonNode value) {
        data.put(type, value);
        replicate();
    }
}
