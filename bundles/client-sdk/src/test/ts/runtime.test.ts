import { describe, expect, it } from 'vitest';
import type { EntityState } from '../../main/ts/generated/protocol';
import { quat } from '../../main/ts/quant';
import { Interpolator } from '../../main/ts/runtime/interpolation';
import { Predictor } from '../../main/ts/runtime/prediction';
import { OriginRebaser } from '../../main/ts/runtime/rebase';
import { type Input, type ShipState, quantizeInput, step } from '../../main/ts/runtime/shipModel';
import { TimeSync } from '../../main/ts/timesync';

const LIMITS = { maxSpeed: 150, acceleration: 30, turnRate: 1.5, energy: 100, drain: 5, regen: 10 };
const DT = 1 / 30;
const q16 = (v: number) => Math.round(v * 16) / 16;
const entity = (s: ShipState): EntityState => ({
  id: 'me', pos: { x: q16(s.x), y: q16(s.y), z: q16(s.z) }, rot: quat(s.yaw, s.pitch, s.roll),
  vel: { x: q16(s.vx), y: q16(s.vy), z: q16(s.vz) },
});

/** A server that applies each input one tick after it was sent and reports every other tick, like a room. */
function play(perturb: (tick: number, s: ShipState) => ShipState = (_, s) => s) {
  let server: ShipState = { x: 0, y: 0, z: 0, vx: 0, vy: 0, vz: 0, yaw: 0, pitch: 0, roll: 0, energy: 100 };
  const p = new Predictor(entity(server), LIMITS, DT);
  const inFlight: Array<{ seq: number; input: Input }> = [];
  const latency = 3;
  let applied = -1;
  for (let tick = 0; tick < 300; tick++) {
    const input: Input = { tx: 0.2, ty: 0, tz: tick < 150 ? 1 : -0.4, yaw: Math.sin(tick / 20), pitch: 0, roll: 0 };
    p.apply(tick, input);
    inFlight.push({ seq: tick, input: { ...input } });
    if (inFlight.length > latency) {
      const next = inFlight.shift()!;
      server = perturb(tick, step(server, quantizeInput(next.input), LIMITS, DT));
      applied = next.seq;
      if (tick % 3 !== 0) p.reconcile(entity(server), applied);
    }
    p.displayed(DT);
  }
  return p;
}

describe('prediction and reconciliation', () => {
  it('predicts what the server computes: corrections stay within quantization, no snaps', () => {
    const p = play();
    expect(p.hardSnaps).toBe(0);
    expect(p.lastError).toBeLessThan(0.2);
    expect(p.unacknowledged).toBe(3);
  });

  it('snaps to a server that moved the ship far, smooths a small difference away', () => {
    const far = play((tick, s) => (tick === 100 ? { ...s, x: s.x + 40 } : s));
    expect(far.hardSnaps).toBe(1);
    const near = new Predictor({ id: 'me', pos: { x: 0, y: 0, z: 0 }, rot: quat(0, 0, 0) }, LIMITS, DT);
    near.reconcile({ id: 'me', pos: { x: 1, y: 0, z: 0 }, rot: quat(0, 0, 0), vel: { x: 0, y: 0, z: 0 } }, -1);
    expect(near.hardSnaps).toBe(0);
    expect(near.displayed(0).x).toBeCloseTo(0, 9);
    let x = 0;
    for (let i = 0; i < 30; i++) x = near.displayed(1 / 60).x;
    expect(x).toBeGreaterThan(0.99);
  });
});

describe('interpolation', () => {
  const world = (x: number) => new Map([['npc', { id: 'npc', pos: { x, y: 0, z: 0 }, rot: quat(0, 0, 0) }]]);

  it('draws between the two states around now − delay, and extrapolates for a bounded time', () => {
    const i = new Interpolator();
    for (let k = 0; k <= 10; k++) i.push(1000 + k * 50, world(k * 5), 1000 + k * 50);
    expect(i.delay).toBe(100);
    expect(i.sample('npc', 1400)!.pos.x).toBeCloseTo(30, 9);
    expect(i.sample('npc', 1425)!.pos.x).toBeCloseTo(32.5, 9);
    expect(i.sample('npc', 1650)!.pos.x).toBeCloseTo(55, 9);
    expect(i.sample('npc', 9999)!.pos.x).toBeCloseTo(50 + 25, 9);
    expect(i.sample('gone', 1400)).toBeNull();
  });

  it('waits longer when states arrive irregularly, within its bounds', () => {
    const i = new Interpolator();
    let t = 0;
    for (let k = 0; k < 40; k++) {
      t += k % 2 ? 10 : 100;
      i.push(k * 50, world(k), t);
    }
    expect(i.delay).toBeGreaterThan(150);
    expect(i.delay).toBeLessThanOrEqual(200);
  });
});

describe('time sync and origin rebasing', () => {
  it('takes the offset from the quickest round trips', () => {
    const s = new TimeSync();
    s.add(1000, 1550, 1100);
    s.add(2000, 2540, 2080);
    s.add(3000, 3900, 3600);
    expect(s.rtt).toBe(100);
    expect(s.offset).toBe(500);
    expect(s.serverTime(10_000)).toBe(10_500);
    expect(s.add(5, 0, 4)).toBe(false);
  });

  it('moves the origin to the player in whole steps once far from it', () => {
    const r = new OriginRebaser(2000, 1000);
    expect(r.update({ x: 1999, y: 0, z: 0 })).toEqual({ x: 0, y: 0, z: 0 });
    expect(r.update({ x: 5400, y: -10, z: 2600 })).toEqual({ x: 5000, y: 0, z: 3000 });
    expect(r.local({ x: 5400, y: 0, z: 2600 })).toEqual({ x: 400, y: 0, z: -400 });
    expect(r.rebases).toBe(1);
  });
});
