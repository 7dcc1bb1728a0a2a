// Turning a ship to face a locked target: the yaw and pitch inputs (−1…1) that bring the nose onto it as fast as the
// turn rate allows and no further, so the ship settles on the target instead of swinging past it. The server fires
// along the nose (a hitscan ray), so a locked target is hit once the ship faces it.
import type { Input } from './shipModel';

export interface Pose { x: number; y: number; z: number; yaw: number; pitch: number }
export interface Point { x: number; y: number; z: number }

const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));
const clamp = (v: number) => (Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0);

/** The nose's heading towards p: forward is −Z turned by yaw about Y, then pitched up by pitch. */
export function heading(from: Point, p: Point): { yaw: number; pitch: number } {
  const dx = p.x - from.x, dy = p.y - from.y, dz = p.z - from.z;
  return { yaw: Math.atan2(-dx, -dz), pitch: Math.max(-1.5, Math.min(1.5, Math.atan2(dy, Math.hypot(dx, dz)))) };
}

/** The turn inputs for one step of dt seconds at turnRate rad/s towards target. */
export function aim(ship: Pose, target: Point, turnRate: number, dt: number): Pick<Input, 'yaw' | 'pitch'> {
  const want = heading(ship, target);
  const most = turnRate * dt;
  if (!(most > 0)) return { yaw: 0, pitch: 0 };
  return { yaw: clamp(wrap(want.yaw - ship.yaw) / most), pitch: clamp((want.pitch - ship.pitch) / most) };
}

/** How far (radians) the nose is off the target. */
export function offAxis(ship: Pose, target: Point): number {
  const want = heading(ship, target);
  return Math.hypot(wrap(want.yaw - ship.yaw), want.pitch - ship.pitch);
}
