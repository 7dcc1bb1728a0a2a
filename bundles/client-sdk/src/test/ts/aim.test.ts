import { describe, expect, it } from 'vitest';
import { aim, offAxis } from '../../main/ts/runtime/aim';
import { type ShipState, quantizeInput, rotate, step, IDLE } from '../../main/ts/runtime/shipModel';

const LIMITS = { maxSpeed: 150, acceleration: 30, turnRate: 1.5, energy: 100, drain: 5, regen: 10 };
const DT = 1 / 30;

describe('aim', () => {
  it('turns the nose onto a target behind, above and to one side, and settles there', () => {
    let s: ShipState = { x: 30, y: 0, z: 0, vx: 0, vy: 0, vz: 0, yaw: 0, pitch: 0, roll: 0, energy: 100 };
    const target = { x: 21.2, y: 20, z: 21.2 };
    const start = offAxis(s, target);
    expect(start).toBeGreaterThan(2);
    let ticks = 0;
    while (offAxis(s, target) > 0.01 && ticks < 300) {
      // the inputs as the intent carries them, moved by the server's rules
      s = step(s, quantizeInput({ ...IDLE, ...aim(s, target, LIMITS.turnRate, DT) }), LIMITS, DT);
      ticks++;
    }
    expect(ticks).toBeLessThan(120);   // π at 1.5 rad/s is 2.1 s = 63 ticks, plus the pitch
    for (let i = 0; i < 60; i++) s = step(s, quantizeInput({ ...IDLE, ...aim(s, target, LIMITS.turnRate, DT) }), LIMITS, DT);
    expect(offAxis(s, target)).toBeLessThan(0.01);
    // the nose (forward, −Z turned) points at the target
    const [fx, fy, fz] = rotate(s.yaw, s.pitch, s.roll, 0, 0, -1);
    const d = [target.x - s.x, target.y - s.y, target.z - s.z];
    const len = Math.hypot(d[0], d[1], d[2]);
    expect(fx * d[0] / len + fy * d[1] / len + fz * d[2] / len).toBeGreaterThan(0.9999);
  });

  it('asks for no more than a full turn and nothing when already on target', () => {
    const s = { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 };
    const full = aim(s, { x: 0, y: 0, z: 100 }, 1.5, DT);   // straight behind
    expect(Math.abs(full.yaw)).toBe(1);
    const none = aim(s, { x: 0, y: 0, z: -100 }, 1.5, DT);
    expect(none.yaw).toBeCloseTo(0, 9);
    expect(none.pitch).toBeCloseTo(0, 9);
  });
});
