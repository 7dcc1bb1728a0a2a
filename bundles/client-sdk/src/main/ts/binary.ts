// The binary form (see docs/realtime.md): the client writes intents and pings, and reads the server's frames back
// into the same messages the JSON form carries, keeping the views each delta is relative to.
import { BitReader, In, MalformedFrame, Out } from './bytes';
import type { Delta, EntityState, EntityUpdate, Intent, Message, Snapshot } from './generated/protocol';
import { POS, VEL, angle, quat, vec } from './quant';

export const INTENT = 1, ACK = 2, SNAPSHOT = 3, DELTA = 4, EVENT = 5, PING = 6, PONG = 7, ERROR = 8;
const POS_BIT = 1, ROT_BIT = 2, VEL_BIT = 4, FLAGS_BIT = 8, COMPONENTS_BIT = 16;
const MAX = 1 << 20;

/** One entity as it travels: quantized integers (see quant.ts). */
export interface NetEntity {
  handle: number; id: string; px: number; py: number; pz: number; yaw: number; pitch: number; roll: number;
  vx: number; vy: number; vz: number; flags: number; components: string | null;
}

export function writeIntent(out: Out, intent: Intent): void {
  const p = intent.payload;
  out.u8(INTENT);
  out.varint(intent.seq);
  out.varint(intent.tClient);
  out.varint(intent.ackTick === undefined ? 0 : intent.ackTick + 1);
  out.u8((p.move ? 1 : 0) | (p.fire ? 2 : 0) | (p.use_module ? 4 : 0) | (p.interact ? 8 : 0));
  if (p.move) {
    const m = p.move;
    for (const v of [m.thrust.x, m.thrust.y, m.thrust.z, m.yaw, m.pitch, m.roll]) {
      out.u8(Math.round(Math.max(-1, Math.min(1, v)) * 127) & 0xff);
    }
  }
  for (const action of [p.fire, p.use_module, p.interact]) {
    if (action) out.text(JSON.stringify(action));
  }
}

export function writePing(out: Out, t0: number): void {
  out.u8(PING);
  out.varint(t0);
}

function readEntity(i: In): NetEntity {
  const handle = i.count(Number.MAX_SAFE_INTEGER);
  const id = i.text(128);
  if (id === null) throw new MalformedFrame('entity without id');
  return {
    handle, id, px: i.int32(), py: i.int32(), pz: i.int32(), yaw: i.u16(), pitch: i.u16(), roll: i.u16(),
    vx: i.int32(), vy: i.int32(), vz: i.int32(), flags: i.varint(), components: i.text(MAX),
  };
}

export function stateOf(e: NetEntity): EntityState {
  const s: EntityState = {
    id: e.id, pos: vec(e.px, e.py, e.pz, POS), rot: quat(angle(e.yaw), angle(e.pitch), angle(e.roll)),
    vel: vec(e.vx, e.vy, e.vz, VEL),
  };
  if (e.flags !== 0) s.flags = e.flags;
  if (e.components !== null) s.components = JSON.parse(e.components);
  return s;
}

/** A client's decoder of server frames; it keeps the last 64 views because deltas name one of them as base. */
export class ServerFrames {
  private readonly views = new Map<number, Map<number, NetEntity>>();

  read(frame: Uint8Array): Message[] {
    const i = new In(frame);
    const out: Message[] = [];
    while (i.more()) {
      const type = i.u8();
      if (type === ACK) out.push({ type: 'ack', seq: i.varint(), tServer: i.varint() });
      else if (type === PONG) out.push({ type: 'pong', t0: i.varint(), tServer: i.varint() });
      else if (type === SNAPSHOT) out.push(this.snapshot(i));
      else if (type === DELTA) out.push(this.delta(i));
      else if (type === EVENT || type === ERROR) out.push(JSON.parse(i.text(MAX) ?? 'null') as Message);
      else throw new MalformedFrame(`unknown message type ${type}`);
    }
    return out;
  }

  private keep(tick: number, view: Map<number, NetEntity>): void {
    this.views.set(tick, view);
    if (this.views.size > 64) this.views.delete(this.views.keys().next().value as number);
  }

  private snapshot(i: In): Snapshot {
    const tick = i.varint();
    const tServer = i.varint();
    const n = i.count(MAX);
    const view = new Map<number, NetEntity>();
    for (let k = 0; k < n; k++) {
      const e = readEntity(i);
      view.set(e.handle, e);
    }
    this.keep(tick, view);
    return { type: 'snapshot', tick, tServer, full: true, entities: [...view.values()].map(stateOf) };
  }

  private delta(i: In): Delta {
    const tick = i.varint();
    const baseTick = i.varint();
    const tServer = i.varint();
    const base = this.views.get(baseTick);
    if (!base || tick <= baseTick) throw new MalformedFrame(`delta against tick ${baseTick}, not held`);
    const now = new Map(base);
    const added: EntityState[] = [];
    for (let k = i.count(MAX); k > 0; k--) {
      const e = readEntity(i);
      now.set(e.handle, e);
      added.push(stateOf(e));
    }
    const removed: string[] = [];
    let handle = -1;
    for (let k = i.count(MAX); k > 0; k--) {
      handle += i.varint() + 1;
      const gone = now.get(handle);
      if (gone) removed.push(gone.id);
      now.delete(handle);
    }
    const count = i.count(MAX);
    const bits = new BitReader(i);
    const changed: Array<[NetEntity, number]> = [];
    handle = -1;
    for (let k = 0; k < count; k++) {
      handle += bits.bits(1) === 0 ? 1 : bits.unsigned() + 2;
      const was = base.get(handle);
      if (!was) throw new MalformedFrame(`update of entity ${handle}, not in the base state`);
      const [e, mask] = fields(bits, was);
      now.set(handle, e);
      changed.push([e, mask]);
    }
    const updated: EntityUpdate[] = [];
    for (const [e, mask] of changed) {
      const withComponents = (mask & COMPONENTS_BIT) !== 0 ? { ...e, components: i.text(MAX) } : e;
      now.set(e.handle, withComponents);
      const s = stateOf(withComponents);
      const f: Record<string, unknown> = {};
      if (mask & POS_BIT) f.pos = s.pos;
      if (mask & ROT_BIT) f.rot = s.rot;
      if (mask & VEL_BIT) f.vel = s.vel;
      if (mask & FLAGS_BIT) f.flags = withComponents.flags;
      if (mask & COMPONENTS_BIT) f.components = s.components ?? null;
      updated.push({ id: e.id, fields: f });
    }
    this.keep(tick, now);
    const d: Delta = { type: 'delta', tick, baseTick, tServer, updated };
    if (added.length) d.added = added;
    if (removed.length) d.removed = removed;
    return d;
  }
}

function fields(r: BitReader, b: NetEntity): [NetEntity, number] {
  const mask = r.bits(5);
  const e = { ...b };
  if (mask & POS_BIT) {
    e.px += r.signed();
    e.py += r.signed();
    e.pz += r.signed();
  }
  if (mask & ROT_BIT) {
    const axes = r.bits(3);
    const turn = (a: number, d: number) => (((a + d) % 65536) + 65536) % 65536;
    if (axes & 4) e.yaw = turn(e.yaw, r.signed());
    if (axes & 2) e.pitch = turn(e.pitch, r.signed());
    if (axes & 1) e.roll = turn(e.roll, r.signed());
  }
  if (mask & VEL_BIT) {
    e.vx += r.signed();
    e.vy += r.signed();
    e.vz += r.signed();
  }
  if (mask & FLAGS_BIT) e.flags = r.unsigned();
  return [e, mask];
}
