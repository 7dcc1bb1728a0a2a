// Other entities are drawn a little in the past, between two received states, so that their motion is smooth
// whatever the network does. The delay adapts to the jitter of state arrivals (within 100–200 ms by default); when
// states stop coming, an entity is extrapolated along its last velocity for a bounded time, then held.
import type { EntityState, Quat, Vec3 } from '../generated/protocol';

export interface InterpolationOptions { minDelay?: number; maxDelay?: number; maxExtrapolation?: number }

interface Sample { t: number; pos: Vec3; rot: Quat }

export class Interpolator {
  private readonly samples = new Map<string, Sample[]>();
  private arrivals: number[] = [];
  private lastArrival = -1;
  delay: number;
  extrapolations = 0;
  private readonly min: number;
  private readonly max: number;
  private readonly maxExtrapolation: number;

  constructor(o: InterpolationOptions = {}) {
    this.min = o.minDelay ?? 100;
    this.max = o.maxDelay ?? 200;
    this.maxExtrapolation = o.maxExtrapolation ?? 250;
    this.delay = this.min;
  }

  /** A state message arrived: its server time, the entities in it (those absent are forgotten). */
  push(tServer: number, world: ReadonlyMap<string, EntityState>, arrivedAt: number): void {
    for (const [id, e] of world) {
      const list = this.samples.get(id) ?? [];
      if (!list.length || list[list.length - 1].t < tServer) list.push({ t: tServer, pos: e.pos, rot: e.rot });
      while (list.length > 32) list.shift();
      this.samples.set(id, list);
    }
    for (const id of [...this.samples.keys()]) if (!world.has(id)) this.samples.delete(id);
    if (this.lastArrival >= 0) {
      this.arrivals.push(arrivedAt - this.lastArrival);
      if (this.arrivals.length > 40) this.arrivals.shift();
      const mean = this.arrivals.reduce((a, b) => a + b, 0) / this.arrivals.length;
      const jitter = Math.sqrt(this.arrivals.reduce((a, b) => a + (b - mean) ** 2, 0) / this.arrivals.length);
      // one interval plus three standard deviations of it keeps a later state in hand almost always
      this.delay = Math.max(this.min, Math.min(this.max, mean + 3 * jitter));
    }
    this.lastArrival = arrivedAt;
  }

  /** Where to draw entity {@code id} at server time {@code serverNow}; null when it is not known. */
  sample(id: string, serverNow: number): { pos: Vec3; rot: Quat } | null {
    const list = this.samples.get(id);
    if (!list?.length) return null;
    const t = serverNow - this.delay;
    for (let i = list.length - 1; i > 0; i--) {
      const a = list[i - 1], b = list[i];
      if (t >= a.t && t <= b.t) {
        const f = (t - a.t) / (b.t - a.t || 1);
        return { pos: lerp(a.pos, b.pos, f), rot: slerp(a.rot, b.rot, f) };
      }
    }
    const last = list[list.length - 1];
    if (t < list[0].t || list.length < 2) return { pos: (t < list[0].t ? list[0] : last).pos, rot: last.rot };
    const prev = list[list.length - 2];
    this.extrapolations++;
    const ahead = Math.min(t - last.t, this.maxExtrapolation) / (last.t - prev.t || 1);
    return { pos: lerp(prev.pos, last.pos, 1 + ahead), rot: last.rot };
  }
}

export const lerp = (a: Vec3, b: Vec3, f: number): Vec3 => ({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, z: a.z + (b.z - a.z) * f });

export function slerp(a: Quat, b: Quat, f: number): Quat {
  let { x, y, z, w } = b;
  let cos = a.x * x + a.y * y + a.z * z + a.w * w;
  if (cos < 0) {
    x = -x; y = -y; z = -z; w = -w; cos = -cos;
  }
  if (cos > 0.9995) {
    const q = { x: a.x + (x - a.x) * f, y: a.y + (y - a.y) * f, z: a.z + (z - a.z) * f, w: a.w + (w - a.w) * f };
    const n = Math.hypot(q.x, q.y, q.z, q.w);
    return { x: q.x / n, y: q.y / n, z: q.z / n, w: q.w / n };
  }
  const theta = Math.acos(cos);
  const s = Math.sin(theta);
  const ka = Math.sin((1 - f) * theta) / s, kb = Math.sin(f * theta) / s;
  return { x: a.x * ka + x * kb, y: a.y * ka + y * kb, z: a.z * ka + z * kb, w: a.w * ka + w * kb };
}
