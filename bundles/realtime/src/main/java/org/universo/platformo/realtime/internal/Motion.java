package org.universo.platformo.realtime.internal;

/**
 * The movement rules, identical on the server and in the clients' prediction (docs/realtime.md): rates turn the
 * ship, thrust along its local axes (x right, y up, +z forward = local −Z) accelerates it, energy pays for thrust,
 * speed is capped. Inputs are clamped to [−1, 1]; nothing a client sends sets a position.
 */
final class Motion {
    record Limits(double maxSpeed, double accel, double turnRate, double energyMax, double drain, double regen) {
    }

    record Input(double tx, double ty, double tz, double yaw, double pitch, double roll) {
        static final Input IDLE = new Input(0, 0, 0, 0, 0, 0);
    }

    private Motion() {
    }

    static void step(Body b, Input in, Limits l, double dt) {
        b.yaw = wrap(b.yaw + clamp(in.yaw()) * l.turnRate() * dt);
        b.pitch = Math.max(-1.5, Math.min(1.5, b.pitch + clamp(in.pitch()) * l.turnRate() * dt));
        b.roll = wrap(b.roll + clamp(in.roll()) * l.turnRate() * dt);
        double lx = clamp(in.tx());
        double ly = clamp(in.ty());
        double lz = -clamp(in.tz());
        double len = Math.sqrt(lx * lx + ly * ly + lz * lz);
        if (len > 1) {
            lx /= len;
            ly /= len;
            lz /= len;
            len = 1;
        }
        double cost = len * l.drain() * dt;
        if (b.energy < cost) {
            lx = 0;
            ly = 0;
            lz = 0;
            cost = 0;
        }
        b.energy = Math.min(l.energyMax(), b.energy - cost + l.regen() * dt);
        double[] a = rotate(b.yaw, b.pitch, b.roll, lx, ly, lz);
        b.vx += a[0] * l.accel() * dt;
        b.vy += a[1] * l.accel() * dt;
        b.vz += a[2] * l.accel() * dt;
        double speed = b.speed();
        if (speed > l.maxSpeed()) {
            double k = l.maxSpeed() / speed;
            b.vx *= k;
            b.vy *= k;
            b.vz *= k;
        }
        b.x += b.vx * dt;
        b.y += b.vy * dt;
        b.z += b.vz * dt;
    }

    /** The vector v rotated by yaw (about Y), pitch (about X), roll (about Z), applied roll first: R = Ry·Rx·Rz. */
    static double[] rotate(double yaw, double pitch, double roll, double x, double y, double z) {
        double cr = Math.cos(roll);
        double sr = Math.sin(roll);
        double x1 = x * cr - y * sr;
        double y1 = x * sr + y * cr;
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        double y2 = y1 * cp - z * sp;
        double z2 = y1 * sp + z * cp;
        double cy = Math.cos(yaw);
        double sy = Math.sin(yaw);
        return new double[] {x1 * cy + z2 * sy, y2, -x1 * sy + z2 * cy};
    }

    /** Where the ship points: local −Z rotated. */
    static double[] forward(Body b) {
        return rotate(b.yaw, b.pitch, b.roll, 0, 0, -1);
    }

    static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
    }

    private static double wrap(double a) {
        return Math.atan2(Math.sin(a), Math.cos(a));
    }
}
