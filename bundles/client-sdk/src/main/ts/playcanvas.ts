// Multiplayer for the PlayCanvas MMOOMM client (settings.mode = "multi"), as the script component universoNetwork in
// the game loop: joins the room of the published space, flies the player's ship by prediction with reconciliation,
// draws the other ships interpolated, keeps the camera near the origin by rebasing. Loaded after game.js, which
// leaves the ship's movement to this script in that mode.
// window.UNIVERSO_NET exposes the connection, the figures (frames, corrections, hard snaps) and setInput for tests.
import type { EntityState } from './generated/protocol';
import { RoomClient } from './room';
import { Interpolator } from './runtime/interpolation';
import { Predictor } from './runtime/prediction';
import { OriginRebaser } from './runtime/rebase';
import { IDLE, type Input } from './runtime/shipModel';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const pc: any;

interface Net {
  status: string; myId: string | null; remote: number; frames: number; snapFrames: number; corrections: number;
  meanCorrection: number;
  hardSnaps: number; maxFrameMs: number; frameMs: number[]; client: RoomClient | null;
  setInput(i: Partial<Input> | null): void;
}

/** The tab's storage, or null: a sandboxed app (an opaque origin, the platform's default for /p/) has none. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

let heldToken: string | null = null;

function token(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('access_token');
  if (fromHash) {
    heldToken = fromHash;
    tabStorage()?.setItem('universo.access_token', fromHash);
    try {
      history.replaceState(null, '', location.pathname + location.search);
    } catch {
      location.hash = ''; // a sandboxed document may not replace its history entry; the token still leaves the bar
    }
    return fromHash;
  }
  return heldToken ?? tabStorage()?.getItem('universo.access_token') ?? null;
}

function roomsBase(wsUrl: string | undefined): string {
  const origin = location.origin.replace(/^http/, 'ws');
  const url = !wsUrl ? `${origin}/ws` : /^wss?:/.test(wsUrl) ? wsUrl : `${origin}${wsUrl.startsWith('/') ? '' : '/'}${wsUrl}`;
  return url.replace(/\/ws\/?$/, '');
}

async function start(): Promise<void> {
  const settings = JSON.parse(document.getElementById('universo-settings')?.textContent ?? '{}');
  const game = (window as any).UNIVERSO_GAME;
  if (settings.mode !== 'multi' || !game) return;
  const U = (window as any).UNIVERSO ?? {};
  let forced: Partial<Input> | null = null;
  const net: Net = {
    status: 'connecting', myId: null, remote: 0, frames: 0, snapFrames: 0, corrections: 0, meanCorrection: 0,
    hardSnaps: 0, maxFrameMs: 0,
    frameMs: [], client: null, setInput: (i) => { forced = i; },
  };
  (window as any).UNIVERSO_NET = net;
  game.remote = true;
  const say = (t: string) => { const h = document.getElementById('hud-hint'); if (h) h.textContent = t; };
  const accessToken = token();
  if (!accessToken) {
    net.status = 'signed-out';
    game.remote = false;
    say('Multiplayer needs you signed in: open this page from the editor, or sign in there first');
    return;
  }
  let client: RoomClient;
  try {
    client = await RoomClient.join({ url: roomsBase(U.wsUrl), accessToken, worldId: String(U.spaceId ?? 'sandbox'), instanceId: 'main' });
  } catch (e) {
    net.status = 'offline';
    game.remote = false;
    say(`Multiplayer unreachable (${(e as Error).message}); flying alone`);
    return;
  }
  net.client = client;
  net.status = 'joined';
  const w = client.welcome!;
  net.myId = w.entityId;
  const dt = 1 / w.tickHz;
  const limits = w.limits;
  const interp = new Interpolator({ minDelay: w.interpolationDelayMs, maxDelay: 2 * w.interpolationDelayMs });
  const rebaser = new OriginRebaser();
  const others = new Map<string, any>();
  let predictor: Predictor | null = null;
  let acked = -1;
  client.on('ack', (a) => { acked = a.seq; });
  // The ship's stored entity went through a gate: this world's room lets the ship go; another world is another app.
  client.on('event', (e) => {
    if (e.topic !== 'system.transfer') return;
    net.status = 'transferred';
    game.remote = false;
    say(`Your ship jumped to ${String((e.payload as { worldId?: string }).worldId)}: open that world to fly on`);
    client.close();
  });
  client.on('state', (world) => {
    interp.push(client.serverTime(), world, performance.now());
    const mine = world.get(w.entityId);
    if (!mine) return;
    if (!predictor) predictor = new Predictor(mine, limits, dt);
    else if (acked >= 0) predictor.reconcile(mine, acked);
  });
  setInterval(() => client.ping(), 2000);
  client.ping();

  const shipMaterial = new pc.StandardMaterial();
  shipMaterial.diffuse = new pc.Color(0.9, 0.5, 0.2);
  shipMaterial.update();
  const keys = game.app.keyboard;
  const input = (): Input => {
    if (forced) return { ...IDLE, ...forced };
    const pressed = (...k: number[]) => k.some((x) => keys.isPressed(x));
    return { ...IDLE, tz: pressed(pc.KEY_W, pc.KEY_UP) ? 1 : pressed(pc.KEY_S, pc.KEY_DOWN) ? -1 : 0,
      yaw: pressed(pc.KEY_A, pc.KEY_LEFT) ? 1 : pressed(pc.KEY_D, pc.KEY_RIGHT) ? -1 : 0 };
  };
  let carry = 0;
  let snapsSeen = 0;
  const frame = (frameDt: number): void => {
    net.frames++;
    const ms = frameDt * 1000;
    net.frameMs.push(ms);
    if (net.frameMs.length > 600) net.frameMs.shift();
    net.maxFrameMs = Math.max(net.maxFrameMs, ms);
    if (!predictor) return;
    carry += frameDt;
    while (carry >= dt) {
      carry -= dt;
      const i = input();
      const seq = client.sendIntent({ move: { thrust: { x: i.tx, y: i.ty, z: i.tz }, yaw: i.yaw, pitch: i.pitch, roll: i.roll } });
      predictor.apply(seq, i);
    }
    if (predictor.hardSnaps > snapsSeen) {
      net.snapFrames++;
      snapsSeen = predictor.hardSnaps;
    }
    net.corrections = predictor.corrections;
    net.meanCorrection = predictor.meanCorrection;
    net.hardSnaps = predictor.hardSnaps;
    const p = predictor.displayed(frameDt);
    rebaser.update(p);
    const local = rebaser.local(p);
    const s = predictor.state;
    if (game.player) {
      game.player.entity.setPosition(local.x, local.y, local.z);
      game.player.entity.setRotation(quatOf(s.yaw, s.pitch, s.roll));
      game.state.speed = Math.round(Math.hypot(s.vx, s.vy, s.vz));
    }
    const now = client.serverTime();
    const seen = new Set<string>();
    for (const id of client.world.keys()) {
      if (id === w.entityId) continue;
      const at = interp.sample(id, now);
      if (!at) continue;
      seen.add(id);
      let e = others.get(id);
      if (!e) {
        e = new pc.Entity(id);
        e.addComponent('render', { type: 'box', material: shipMaterial });
        e.setLocalScale(2, 1, 4);
        game.app.root.addChild(e);
        others.set(id, e);
      }
      const l = rebaser.local(at.pos);
      e.setPosition(l.x, l.y, l.z);
      e.setRotation(new pc.Quat(at.rot.x, at.rot.y, at.rot.z, at.rot.w));
    }
    for (const [id, e] of others) {
      if (!seen.has(id)) {
        e.destroy();
        others.delete(id);
      }
    }
    net.remote = others.size;
  };
  // The network is a script component of the game loop: on the player's ship, or on its own entity without one.
  const Network = pc.createScript('universoNetwork', game.app);
  Network.prototype.update = frame;
  const holder = game.player ? game.player.entity : new pc.Entity('universo-network');
  if (!game.player) game.app.root.addChild(holder);
  if (!holder.script) holder.addComponent('script');
  holder.script.create('universoNetwork');
  say(`Multiplayer: room ${w.roomId}`);
}

function quatOf(yaw: number, pitch: number, roll: number): any {
  const cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2), cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2);
  const cr = Math.cos(roll / 2), sr = Math.sin(roll / 2);
  return new pc.Quat(cy * sp * cr + sy * cp * sr, sy * cp * cr - cy * sp * sr, cy * cp * sr - sy * sp * cr,
    cy * cp * cr + sy * sp * sr);
}

export type { EntityState };
void start();
