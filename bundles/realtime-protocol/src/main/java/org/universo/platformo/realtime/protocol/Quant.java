package org.universo.platformo.realtime.protocol;

import org.universo.platformo.api.ecs.Quat;
import org.universo.platformo.api.ecs.Vec3;

/**
 * Quantization of what travels: positions in 1/16 m, velocities in 1/16 m/s, angles (yaw about +Y, pitch about
 * +X, roll about +Z, applied in that order) in 1/65536 of a turn. Quantized values are exact in binary and JSON.
 */
public final class Quant {
    public static final double POS = 16;
    public static final double VEL = 16;
    public static final int TURN = 65536;

    private Quant() {
    }

    public static int pos(double metres) {
        return (int) Math.round(metres * POS);
    }

    public static double pos(int units) {
        return units / POS;
    }

    public static int vel(double metresPerSecond) {
        return (int) Math.round(metresPerSecond * VEL);
    }

    public static double vel(int units) {
        return units / VEL;
    }

    /** An angle in radians as 0..65535. */
    public static int angle(double radians) {
        long units = Math.round(radians / (2 * Math.PI) * TURN);
        return (int) Math.floorMod(units, (long) TURN);
    }

    public static double angle(int units) {
        double a = units * (2 * Math.PI) / TURN;
        return a > Math.PI ? a - 2 * Math.PI : a;
    }

    /** The shortest signed difference b − a of two angles in units, in −32768..32767. */
    public static int angleDelta(int a, int b) {
        int d = Math.floorMod(b - a, TURN);
        return d >= TURN / 2 ? d - TURN : d;
    }

    public static Vec3 vec(int x, int y, int z, double scale) {
        return new Vec3(x / scale, y / scale, z / scale);
    }

    /** The orientation yaw, then pitch, then roll (radians), as a quaternion q = qYaw · qPitch · qRoll. */
    public static Quat quat(double yaw, double pitch, double roll) {
        double cy = Math.cos(yaw / 2);
        double sy = Math.sin(yaw / 2);
        double cp = Math.cos(pitch / 2);
        double sp = Math.sin(pitch / 2);
        double cr = Math.cos(roll / 2);
        double sr = Math.sin(roll / 2);
        // qYaw = (0, sy, 0, cy), qPitch = (sp, 0, 0, cp), qRoll = (0, 0, sr, cr)
        double x = cy * sp * cr + sy * cp * sr;
        double y = sy * cp * cr - cy * sp * sr;
        double z = cy * cp * sr - sy * sp * cr;
        double w = cy * cp * cr + sy * sp * sr;
        return new Quat(x, y, z, w);
    }
}
