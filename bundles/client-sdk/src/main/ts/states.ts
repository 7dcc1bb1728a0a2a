// The room state at recent ticks. A delta applies to the state of its base tick (the one the client acknowledged),
// not to the newest, so that nothing that came and went in between is missed or kept.
import type { Delta, EntityState, Quat, Snapshot, Vec3 } from './generated/protocol';

export type World = ReadonlyMap<string, EntityState>;

export class States {
  private readonly byTick = new Map<number, World>();
  latestTick = -1;

  latest(): World {
    return this.byTick.get(this.latestTick) ?? new Map();
  }

  applySnapshot(s: Snapshot): World {
    const w = new Map<string, EntityState>();
    s.entities.forEach((e) => w.set(e.id, e));
    return this.keep(s.tick, w);
  }

  /** null when the base is no longer held: ask for a full snapshot (send no ackTick). */
  applyDelta(d: Delta): World | null {
    const base = this.byTick.get(d.baseTick);
    if (!base) return null;
    const w = new Map(base);
    d.removed?.forEach((id) => w.delete(id));
    d.added?.forEach((e) => w.set(e.id, e));
    for (const u of d.updated) {
      const was = w.get(u.id);
      if (!was) continue;
      const f = u.fields as { pos?: Vec3; rot?: Quat; vel?: Vec3; flags?: number; components?: Record<string, unknown> | null };
      const next: EntityState = { ...was };
      if (f.pos) next.pos = f.pos;
      if (f.rot) next.rot = f.rot;
      if (f.vel) next.vel = f.vel;
      if ('flags' in f) next.flags = f.flags ?? undefined;
      if ('components' in f) next.components = f.components ?? undefined;
      w.set(u.id, next);
    }
    return this.keep(d.tick, w);
  }

  private keep(tick: number, w: Map<string, EntityState>): World {
    this.byTick.set(tick, w);
    if (this.byTick.size > 64) this.byTick.delete(this.byTick.keys().next().value as number);
    this.latestTick = Math.max(this.latestTick, tick);
    return w;
  }
}
