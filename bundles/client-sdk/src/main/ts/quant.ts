// Quantization shared with the server (org.universo.platformo.realtime.protocol.Quant): positions in 1/16 m,
// velocities in 1/16 m/s, angles (yaw about +Y, pitch about +X, roll about +Z, R = Ry·Rx·Rz) in 1/65536 turn.
import type { Quat, Vec3 } from './generated/protocol';

export const POS = 16;
export const VEL = 16;
export const TURN = 65536;

export const angle = (units: number): number => {
  const a = (units * 2 * Math.PI) / TURN;
  return a > Math.PI ? a - 2 * Math.PI : a;
};

export const vec = (x: number, y: number, z: number, scale: number): Vec3 => ({ x: x / scale, y: y / scale, z: z / scale });

/** q = qYaw · qPitch · qRoll, as the server computes it. */
export function quat(yaw: number, pitch: number, roll: number): Quat {
  const cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2);
  const cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2);
  const cr = Math.cos(roll / 2), sr = Math.sin(roll / 2);
  return {
    x: cy * sp * cr + sy * cp * sr,
    y: sy * cp * cr - cy * sp * sr,
    z: cy * cp * sr - sy * sp * cr,
    w: cy * cp * cr + sy * sp * sr,
  };
}

/** An input as the server applies it: clamped to [-1, 1], in steps of 1/127 (what the binary intent carries). */
export const step = (v: number): number => Math.round(Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0)) * 127) / 127;
