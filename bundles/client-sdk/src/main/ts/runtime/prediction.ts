// Client-side prediction of the player's ship with reconciliation: every client tick applies the input locally and
// keeps it until the server acknowledges it; an authoritative state rewinds to the server's and replays what is not
// acknowledged yet. A small difference is smoothed away over a few frames; a large one is snapped to and counted.
import type { EntityState } from '../generated/protocol';
import { IDLE, type Input, type Limits, type ShipState, euler, quantizeInput, step } from './shipModel';

export interface PredictionOptions {
  /** Corrections beyond this distance (m) are applied at once and counted as hard snaps. */
  snapDistance?: number;
  /** Time constant (s) of the smoothing of small corrections. */
  smoothing?: number;
}

export class Predictor {
  state: ShipState;
  /** What to draw: the predicted state plus a decaying offset left by the last small correction. */
  readonly offset = { x: 0, y: 0, z: 0 };
  corrections = 0;
  hardSnaps = 0;
  lastError = 0;
  /** Reconciliations done and the sum of their position errors (m), for the mean correction. */
  reconciles = 0;
  errorSum = 0;
  private pending: Array<{ seq: number; input: Input }> = [];
  private readonly snap: number;
  private readonly smoothing: number;

  constructor(start: EntityState, private readonly limits: Limits, private readonly dt: number, o: PredictionOptions = {}) {
    this.state = fromEntity(start, limits.energy);
    this.snap = o.snapDistance ?? 4;
    this.smoothing = o.smoothing ?? 0.1;
  }

  /** One client tick: the input (as it will be sent, quantized) applied locally and kept under its seq. */
  apply(seq: number, input: Input): void {
    const q = quantizeInput(input);
    this.pending.push({ seq, input: q });
    if (this.pending.length > 256) this.pending.shift();
    this.state = step(this.state, q, this.limits, this.dt);
  }

  /** The server's state of the ship after applying inputs up to {@code ackedSeq}. */
  reconcile(server: EntityState, ackedSeq: number): void {
    this.pending = this.pending.filter((p) => p.seq > ackedSeq);
    let s = fromEntity(server, this.state.energy);
    for (const p of this.pending) s = step(s, p.input, this.limits, this.dt);
    const dx = this.state.x - s.x, dy = this.state.y - s.y, dz = this.state.z - s.z;
    const error = Math.sqrt(dx * dx + dy * dy + dz * dz);
    this.lastError = error;
    this.reconciles++;
    this.errorSum += error;
    if (error > 1e-3) this.corrections++;
    if (error > this.snap) {
      this.hardSnaps++;
      this.offset.x = 0; this.offset.y = 0; this.offset.z = 0;
    } else {
      this.offset.x += dx; this.offset.y += dy; this.offset.z += dz;
    }
    this.state = s;
  }

  /** Advances the smoothing by a frame of {@code frameDt} seconds; returns the position to draw. */
  displayed(frameDt: number): { x: number; y: number; z: number } {
    const k = Math.exp(-frameDt / this.smoothing);
    this.offset.x *= k; this.offset.y *= k; this.offset.z *= k;
    return { x: this.state.x + this.offset.x, y: this.state.y + this.offset.y, z: this.state.z + this.offset.z };
  }

  get meanCorrection(): number {
    return this.reconciles ? this.errorSum / this.reconciles : 0;
  }

  get unacknowledged(): number {
    return this.pending.length;
  }
}

export function fromEntity(e: EntityState, energy: number): ShipState {
  const [yaw, pitch, roll] = euler(e.rot);
  const v = e.vel ?? { x: 0, y: 0, z: 0 };
  return { x: e.pos.x, y: e.pos.y, z: e.pos.z, vx: v.x, vy: v.y, vz: v.z, yaw, pitch, roll, energy };
}

export { IDLE };
