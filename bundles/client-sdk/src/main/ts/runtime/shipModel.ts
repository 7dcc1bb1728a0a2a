// The movement rules, step for step the server's (ShipModel.java; docs/realtime.md): rates turn the ship, thrust
// along its axes (x right, y up, +z forward = local −Z) accelerates it while energy lasts, speed is capped.
import type { Quat } from '../generated/protocol';
import { step as quantize } from '../quant';

export interface Limits { maxSpeed: number; acceleration: number; turnRate: number; energy: number; drain: number; regen: number }
export interface Input { tx: number; ty: number; tz: number; yaw: number; pitch: number; roll: number }
export interface ShipState { x: number; y: number; z: number; vx: number; vy: number; vz: number; yaw: number; pitch: number; roll: number; energy: number }

export const IDLE: Input = { tx: 0, ty: 0, tz: 0, yaw: 0, pitch: 0, roll: 0 };

const clamp = (v: number) => (Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0);
const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

/** The input as the binary intent carries it (steps of 1/127), so prediction uses what the server will apply. */
export const quantizeInput = (i: Input): Input => ({
  tx: quantize(i.tx), ty: quantize(i.ty), tz: quantize(i.tz), yaw: quantize(i.yaw), pitch: quantize(i.pitch),
  roll: quantize(i.roll),
});

export function rotate(yaw: number, pitch: number, roll: number, x: number, y: number, z: number): [number, number, number] {
  const cr = Math.cos(roll), sr = Math.sin(roll);
  const x1 = x * cr - y * sr, y1 = x * sr + y * cr;
  const cp = Math.cos(pitch), sp = Math.sin(pitch);
  const y2 = y1 * cp - z * sp, z2 = y1 * sp + z * cp;
  const cy = Math.cos(yaw), sy = Math.sin(yaw);
  return [x1 * cy + z2 * sy, y2, -x1 * sy + z2 * cy];
}

export function step(s: ShipState, input: Input, l: Limits, dt: number): ShipState {
  const n = { ...s };
  n.yaw = wrap(n.yaw + clamp(input.yaw) * l.turnRate * dt);
  n.pitch = Math.max(-1.5, Math.min(1.5, n.pitch + clamp(input.pitch) * l.turnRate * dt));
  n.roll = wrap(n.roll + clamp(input.roll) * l.turnRate * dt);
  let lx = clamp(input.tx), ly = clamp(input.ty), lz = -clamp(input.tz);
  let len = Math.sqrt(lx * lx + ly * ly + lz * lz);
  if (len > 1) {
    lx /= len; ly /= len; lz /= len; len = 1;
  }
  let cost = len * l.drain * dt;
  if (n.energy < cost) {
    lx = 0; ly = 0; lz = 0; cost = 0;
  }
  n.energy = Math.min(l.energy, n.energy - cost + l.regen * dt);
  const [ax, ay, az] = rotate(n.yaw, n.pitch, n.roll, lx, ly, lz);
  n.vx += ax * l.acceleration * dt;
  n.vy += ay * l.acceleration * dt;
  n.vz += az * l.acceleration * dt;
  const speed = Math.sqrt(n.vx * n.vx + n.vy * n.vy + n.vz * n.vz);
  if (speed > l.maxSpeed) {
    const k = l.maxSpeed / speed;
    n.vx *= k; n.vy *= k; n.vz *= k;
  }
  n.x += n.vx * dt;
  n.y += n.vy * dt;
  n.z += n.vz * dt;
  return n;
}

/** yaw, pitch, roll of q (R = Ry·Rx·Rz), as the server reads a Transform. */
export function euler(q: Quat): [number, number, number] {
  const { x, y, z, w } = q;
  const m02 = 2 * (x * z + w * y), m22 = 1 - 2 * (x * x + y * y), m12 = 2 * (y * z - w * x);
  const m10 = 2 * (x * y + w * z), m11 = 1 - 2 * (x * x + z * z);
  return [Math.atan2(m02, m22), Math.asin(Math.max(-1, Math.min(1, -m12))), Math.atan2(m10, m11)];
}
