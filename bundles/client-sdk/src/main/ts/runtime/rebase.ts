// Origin rebasing: far from the origin, 32-bit floats in the renderer lose centimetres. When the player gets more
// than {@code threshold} metres from the current origin, the origin jumps to the player (in whole multiples of
// {@code quantum}) and the app shifts what it draws; the camera stays near (0, 0, 0) and the world moves instead.
import type { Vec3 } from '../generated/protocol';

export class OriginRebaser {
  origin: Vec3 = { x: 0, y: 0, z: 0 };
  rebases = 0;

  constructor(private readonly threshold = 2000, private readonly quantum = 1000) {}

  /** Checks the player's world position; returns the shift applied (zero when none), to subtract from scene nodes. */
  update(player: Vec3): Vec3 {
    const dx = player.x - this.origin.x, dy = player.y - this.origin.y, dz = player.z - this.origin.z;
    if (Math.max(Math.abs(dx), Math.abs(dy), Math.abs(dz)) <= this.threshold) return { x: 0, y: 0, z: 0 };
    const shift = { x: this.snap(dx), y: this.snap(dy), z: this.snap(dz) };
    this.origin = { x: this.origin.x + shift.x, y: this.origin.y + shift.y, z: this.origin.z + shift.z };
    this.rebases++;
    return shift;
  }

  /** A world position as the renderer sees it. */
  local(p: Vec3): Vec3 {
    return { x: p.x - this.origin.x, y: p.y - this.origin.y, z: p.z - this.origin.z };
  }

  private snap(v: number): number {
    return Math.round(v / this.quantum) * this.quantum || 0;
  }
}
