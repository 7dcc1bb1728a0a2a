// Multiplayer for the PlayCanvas MMOOMM client (settings.mode = "multi"), as the script component universoNetwork in
// the game loop: lets the game's overlay prepare (window.UNIVERSO_BEFORE_JOIN), joins the room of the published space, flies the ship by
// prediction with reconciliation, draws the server's world (other ships, the creator's stations, asteroids, gates)
// interpolated, keeps the camera near the origin by rebasing. Firing, mining, docking, selling and jumping are asked
// of the server (game.net); the HUD shows its answers. Through a gate it follows the ship into the next world's
// room. Loaded after game.js, which leaves the ship and its actions to this script in that mode.
// Tab locks the nearest other ship (again: the next one); while locked the ship turns to face it unless the player
// steers, and fire names it. The HUD shows the ship's shield and hull and the target's, as the server replicates them.
// window.UNIVERSO_NET exposes the connection, the figures (frames, corrections, hard snaps), the event topics heard,
// the locked target and setInput for tests.
import type { EntityState } from './generated/protocol';
import { RoomClient } from './room';
import { aim } from './runtime/aim';
import { Interpolator } from './runtime/interpolation';
import { Predictor } from './runtime/prediction';
import { OriginRebaser } from './runtime/rebase';
import { IDLE, type Input } from './runtime/shipModel';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const pc: any;

interface Net {
  status: string; myId: string | null; worldId: string; told: string[]; remote: number; frames: number;
  target: string | null; heard: Array<{ topic: string; payload: any }>;
  snapFrames: number; corrections: number;
  meanCorrection: number;
  hardSnaps: number; maxFrameMs: number; frameMs: number[]; client: RoomClient | null;
  setInput(i: Partial<Input> | null): void;
}

/** The page's session (the platform's sign-in runtime): resolves once the player is signed in. */
function signedIn(): Promise<string> | null {
  const session = (window as any).UNIVERSO_SESSION;
  return session ? session.require() : null;
}

/** The freshest access token: the session renews it while the page runs. */
function currentToken(fallback: string): string {
  return (window as any).UNIVERSO_SESSION?.accessToken() ?? fallback;
}

function roomsBase(wsUrl: string | undefined): string {
  const origin = location.origin.replace(/^http/, 'ws');
  const url = !wsUrl ? `${origin}/ws` : /^wss?:/.test(wsUrl) ? wsUrl : `${origin}${wsUrl.startsWith('/') ? '' : '/'}${wsUrl}`;
  return url.replace(/\/ws\/?$/, '');
}

/** The API base of the app's environment profile, absolute. */
function apiBase(apiUrl: string | undefined): string {
  const u = apiUrl || '/api/v1';
  return (/^https?:/.test(u) ? u : `${location.origin}${u.startsWith('/') ? '' : '/'}${u}`).replace(/\/$/, '');
}

/**
 * What the game's overlay does before the page joins a world's room (window.UNIVERSO_BEFORE_JOIN, pushed by its
 * contributed scripts): MMOOMM asks the server for the player's ship there. A hook that fails costs only itself.
 */
type BeforeJoin = (ctx: { api: string; accessToken: string; worldId: string; game: any }) => Promise<void>;

async function beforeJoin(ctx: Parameters<BeforeJoin>[0]): Promise<void> {
  for (const hook of ((window as any).UNIVERSO_BEFORE_JOIN ?? []) as BeforeJoin[]) {
    try {
      await hook(ctx);
    } catch {
      // the overlay's own fault: the player still joins
    }
  }
}

/**
 * How a body of the server's world is drawn: its Visual's model picks the primitive, its colour the material, and
 * the scale the room sends with it (the body's Transform, which its collision sphere follows) the size; a body the
 * server gives no scale (a fresh avatar without a stored ship) is drawn at the ship's.
 */
const SHAPES: Record<string, string> = { asteroid: 'sphere', station: 'box', gate: 'torus', ship: 'box' };
const UNSCALED = { x: 2, y: 1, z: 4 };

async function start(): Promise<void> {
  const settings = JSON.parse(document.getElementById('universo-settings')?.textContent ?? '{}');
  const game = (window as any).UNIVERSO_GAME;
  if (settings.mode !== 'multi' || !game) return;
  const U = (window as any).UNIVERSO ?? {};
  let forced: Partial<Input> | null = null;
  const net: Net = {
    status: 'connecting', myId: null, target: null, heard: [], remote: 0, frames: 0, snapFrames: 0, corrections: 0, meanCorrection: 0,
    hardSnaps: 0, maxFrameMs: 0, worldId: String(U.spaceId ?? 'sandbox'), told: [],
    frameMs: [], client: null, setInput: (i) => { forced = i; },
  };
  (window as any).UNIVERSO_NET = net;
  game.remote = true;
  const say = (t: string) => { const h = document.getElementById('hud-hint'); if (h) h.textContent = t; return t; };
  const offline = (why: string) => { game.remote = false; game.net = null; game.state.mode = `Offline preview (${why})`; };
  const pending = signedIn();
  if (!pending) {
    net.status = 'signed-out';
    offline('no sign-in');
    say('This app was built without the platform runtime: multiplayer needs it');
    return;
  }
  net.status = 'signing-in';
  say('Sign in to play online');
  const accessToken = await pending;
  const api = apiBase(U.apiUrl);
  const shipMaterial = new pc.StandardMaterial();
  shipMaterial.diffuse = new pc.Color(0.9, 0.5, 0.2);
  shipMaterial.update();
  const others = new Map<string, any>();
  const interp = { current: null as Interpolator | null };
  const rebaser = new OriginRebaser();
  let client: RoomClient | null = null;
  let predictor: Predictor | null = null;
  let acked = -1;
  let dt = 1 / 20;
  let limits: any = null;
  let myId = '';
  const weapon = 'mmoomm.pulse-laser';
  const act = (payload: Record<string, unknown>): string => {
    if (!client || net.status !== 'joined') return say('Not in a room right now');
    client.sendIntent(payload as any);
    return 'asked the server';
  };
  /** The other ships of the room, nearest first (by the last state the server sent). */
  const shipsByDistance = (): string[] => {
    const c = client;
    const me = c?.world.get(myId);
    if (!c || !me) return [];
    const d = (e: EntityState) => Math.hypot(e.pos.x - me.pos.x, e.pos.y - me.pos.y, e.pos.z - me.pos.z);
    return [...c.world.values()].filter((e) => e.id !== myId && (e.components as any)?.Visual?.model === 'ship')
      .sort((a, b) => d(a) - d(b)).map((e) => e.id);
  };
  const lock = (): string => {
    const ships = shipsByDistance();
    if (ships.length === 0) {
      net.target = null;
      game.state.target = null;
      return say('No ship to target');
    }
    const next = net.target ? ships[(ships.indexOf(net.target) + 1) % ships.length] : ships[0];
    net.target = next;
    return say('Target locked');
  };
  game.net = {
    target: lock,
    mine: () => act({ use_module: { moduleId: 'mmoomm.mining-laser' } }),
    // docking and selling in one go: the room takes the two intents in order
    trade: () => { act({ interact: { action: 'dock' } }); return act({ interact: { action: 'sell' } }); },
    jump: () => act({ interact: { action: 'jump' } }),
    fire: () => act({ fire: net.target ? { weaponId: weapon, targetId: net.target } : { weaponId: weapon } }),
  };
  const clearOthers = () => {
    for (const e of others.values()) e.destroy();
    others.clear();
  };
  const onEvent = (e: { topic: string; payload: any }) => {
    const p = e.payload ?? {};
    net.told.push(e.topic);
    if (net.told.length > 50) net.told.shift();
    net.heard.push({ topic: e.topic, payload: p });
    if (net.heard.length > 200) net.heard.shift();
    switch (e.topic) {
      case 'mmoomm.mining.yield':
        game.state.cargo = Math.round(p.cargoUsedM3 * 100) / 100;
        say(`Mined ${Math.round(p.massKg)} kg`);
        break;
      case 'mmoomm.station.sold':
        game.state.cargo = 0;
        game.state.inmo = p.balanceInmo / 100;
        say(`Sold ${Math.round(p.massKg)} kg for ${(p.inmo / 100).toFixed(2)} Inmo`);
        break;
      case 'mmoomm.station.docked':
        say('Docked');
        break;
      case 'mmoomm.action.refused':
        say(`Cannot ${p.action}: ${p.message}`);
        break;
      case 'system.transfer':
        void follow(String(p.worldId), typeof p.transferToken === 'string' ? p.transferToken : undefined);
        break;
      default:
    }
  };
  // The ship went through a gate: this page follows it into the room of the world it arrived in.
  // With the transfer ticket it takes the seat the jump reserved; the ship is there already, so the overlay's
  // preparation (asking for a ship) is skipped.
  const follow = async (worldId: string, transferToken?: string): Promise<void> => {
    net.status = 'transferring';
    say(`Jumping to ${worldId}...`);
    client?.close();
    client = null;
    predictor = null;
    net.target = null;
    game.state.target = null;
    clearOthers();
    net.worldId = worldId;
    game.state.world = worldId;
    await connect(transferToken);
  };
  const connect = async (transferToken?: string): Promise<void> => {
    if (!transferToken) await beforeJoin({ api, accessToken: currentToken(accessToken), worldId: net.worldId, game });
    let c: RoomClient;
    try {
      c = await RoomClient.join({ url: roomsBase(U.wsUrl), accessToken: currentToken(accessToken), worldId: net.worldId,
        instanceId: 'main', transferToken });
    } catch (e) {
      net.status = 'offline';
      offline('server unreachable');
      say(`Multiplayer unreachable (${(e as Error).message}); flying alone`);
      return;
    }
    client = c;
    net.client = c;
    const w = c.welcome!;
    myId = w.entityId;
    net.myId = w.entityId;
    dt = 1 / w.tickHz;
    limits = w.limits;
    acked = -1;
    const ip = new Interpolator({ minDelay: w.interpolationDelayMs, maxDelay: 2 * w.interpolationDelayMs });
    interp.current = ip;
    c.on('ack', (a) => { acked = a.seq; });
    c.on('event', onEvent);
    c.on('state', (world) => {
      ip.push(c.serverTime(), world, performance.now());
      const mine = world.get(w.entityId);
      if (!mine) return;
      Object.assign(game.state, defences(mine.components as any));
      const locked = net.target ? world.get(net.target) : undefined;
      if (net.target && !locked) {
        net.target = null;   // gone: out of sight, through a gate or destroyed
        say('Target lost');
      }
      game.state.target = locked ? defences(locked.components as any) : null;
      if (!predictor) predictor = new Predictor(mine, limits, dt);
      else if (acked >= 0) predictor.reconcile(mine, acked);
    });
    net.status = 'joined';
    game.state.mode = 'Online';
    // the server's world is the truth: the drawn copy of it steps aside, the player's own ship stays
    for (const b of game.bodies ?? []) if (b !== game.player) b.entity.enabled = false;
    say(`Multiplayer: room ${w.roomId}`);
  };
  setInterval(() => client?.ping(), 2000);
  await connect();
  if (!client) return;

  const keys = game.app.keyboard;
  const input = (): Input => {
    if (forced) return { ...IDLE, ...forced };
    const pressed = (...k: number[]) => k.some((x) => keys.isPressed(x));
    const own = { ...IDLE, tz: pressed(pc.KEY_W, pc.KEY_UP) ? 1 : pressed(pc.KEY_S, pc.KEY_DOWN) ? -1 : 0,
      yaw: pressed(pc.KEY_A, pc.KEY_LEFT) ? 1 : pressed(pc.KEY_D, pc.KEY_RIGHT) ? -1 : 0 };
    const locked = net.target ? client?.world.get(net.target) : undefined;
    if (own.yaw !== 0 || !locked || !predictor || !limits) return own;
    const at = interp.current?.sample(locked.id, client!.serverTime())?.pos ?? locked.pos;
    return { ...own, ...aim(predictor.state, at, limits.turnRate, dt) };   // the player steering takes over
  };
  const materials = new Map<string, any>();
  const materialOf = (hex: unknown): any => {
    const m = typeof hex === 'string' ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
    if (!m) return shipMaterial;
    let mat = materials.get(m[0]);
    if (!mat) {
      mat = new pc.StandardMaterial();
      mat.diffuse = new pc.Color(parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255);
      mat.update();
      materials.set(m[0], mat);
    }
    return mat;
  };
  let carry = 0;
  let snapsSeen = 0;
  const frame = (frameDt: number): void => {
    net.frames++;
    const ms = frameDt * 1000;
    net.frameMs.push(ms);
    if (net.frameMs.length > 600) net.frameMs.shift();
    net.maxFrameMs = Math.max(net.maxFrameMs, ms);
    const c = client;
    const ip = interp.current;
    if (!predictor || !c || !ip || net.status !== 'joined') return;
    carry += frameDt;
    while (carry >= dt) {
      carry -= dt;
      const i = input();
      const seq = c.sendIntent({ move: { thrust: { x: i.tx, y: i.ty, z: i.tz }, yaw: i.yaw, pitch: i.pitch, roll: i.roll } });
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
    const now = c.serverTime();
    const seen = new Set<string>();
    for (const [id, st] of c.world) {
      if (id === myId) continue;
      const at = ip.sample(id, now);
      if (!at) continue;
      seen.add(id);
      let e = others.get(id);
      if (!e) {
        const visual = (st.components as any)?.Visual ?? {};
        const scale = visual.scale ?? UNSCALED;
        e = new pc.Entity(id);
        e.addComponent('render', { type: SHAPES[String(visual.model)] ?? 'box', material: materialOf(visual.color) });
        e.setLocalScale(scale.x, scale.y, scale.z);
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
}

/** Shield and hull in per cent of their maximum, from the replicated Integrity (or Health without defences). */
function defences(components: any): { shield: number | null; hull: number } {
  const pct = (l: any) => (l?.max > 0 ? Math.round(100 * l.current / l.max) : null);
  const integrity = components?.Integrity;
  const hull = pct(integrity?.hull) ?? pct(components?.Health) ?? 100;
  return { shield: pct(integrity?.shield), hull };
}

function quatOf(yaw: number, pitch: number, roll: number): any {
  const cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2), cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2);
  const cr = Math.cos(roll / 2), sr = Math.sin(roll / 2);
  return new pc.Quat(cy * sp * cr + sy * cp * sr, sy * cp * cr - cy * sp * sr, cy * cp * sr - sy * sp * cr,
    cy * cp * cr + sy * sp * sr);
}

export type { EntityState };
void start();
