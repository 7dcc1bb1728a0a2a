// RoomClient: join a room, send intents and pings, follow the state (both encodings give the same messages).
import { Out, MalformedFrame } from './bytes';
import { ServerFrames, writeIntent, writePing } from './binary';
import type { Ack, Delta, Event, IntentPayload, Intent, Message, ProtocolError, Snapshot } from './generated/protocol';
import { States, type World } from './states';
import { TimeSync } from './timesync';
import { type ITransport, type TransportFactory, webSocketTransport } from './transport';

export interface JoinOptions {
  /** ws(s)://host or the platform's http(s) address; the path /ws/rooms/{world}/{instance} is added. */
  url: string;
  accessToken: string;
  worldId: string;
  instanceId: string;
  json?: boolean;
  reconnectToken?: string;
  /** The seat a gate jump reserved in the destination's room: system.transfer's transferToken. */
  transferToken?: string;
  transport?: TransportFactory;
  /** The clock, replaceable in tests. */
  now?: () => number;
}

export interface Welcome {
  roomId: string; entityId: string; reconnectToken: string; reconnected: boolean; tickHz: number; snapshotHz: number;
  interpolationDelayMs: number; reconnectWindowSeconds: number;
  limits: { maxSpeed: number; acceleration: number; turnRate: number; energy: number; drain: number; regen: number };
}

type Listener<T> = (value: T) => void;

export class RoomClient {
  readonly sync = new TimeSync();
  readonly states = new States();
  world: World = new Map();
  welcome: Welcome | null = null;
  bytesIn = 0;
  private transport: ITransport | null = null;
  private readonly frames = new ServerFrames();
  private seq = -1;
  private wantFull = false;
  private readonly listeners = {
    snapshot: [] as Listener<Snapshot>[], delta: [] as Listener<Delta>[], event: [] as Listener<Event>[],
    ack: [] as Listener<Ack>[], error: [] as Listener<ProtocolError>[], state: [] as Listener<World>[],
    close: [] as Listener<{ code: number; reason: string }>[], welcome: [] as Listener<Welcome>[],
  };

  private constructor(private readonly options: JoinOptions) {}

  /** Connects and resolves once the room's system.welcome arrived. */
  static async join(options: JoinOptions): Promise<RoomClient> {
    const c = new RoomClient(options);
    const base = options.url.replace(/^http/, 'ws').replace(/\/$/, '');
    const q = new URLSearchParams({ access_token: options.accessToken });
    if (options.json) q.set('encoding', 'json');
    if (options.reconnectToken) q.set('reconnect', options.reconnectToken);
    if (options.transferToken) q.set('transfer', options.transferToken);
    const url = `${base}/ws/rooms/${encodeURIComponent(options.worldId)}/${encodeURIComponent(options.instanceId)}?${q}`;
    const welcomed = new Promise<void>((resolve, reject) => {
      c.on('welcome', () => resolve());
      c.on('close', (e) => reject(new Error(`closed before welcome: ${e.code} ${e.reason}`)));
    });
    c.transport = await (options.transport ?? webSocketTransport)(url, {
      binary: (f) => c.receive(f),
      text: (f) => c.receive(f),
      closed: (code, reason) => c.listeners.close.forEach((l) => l({ code, reason })),
    });
    await welcomed;
    return c;
  }

  on(kind: 'snapshot', l: Listener<Snapshot>): this;
  on(kind: 'delta', l: Listener<Delta>): this;
  on(kind: 'event', l: Listener<Event>): this;
  on(kind: 'ack', l: Listener<Ack>): this;
  on(kind: 'error', l: Listener<ProtocolError>): this;
  on(kind: 'state', l: Listener<World>): this;
  on(kind: 'welcome', l: Listener<Welcome>): this;
  on(kind: 'close', l: Listener<{ code: number; reason: string }>): this;
  on(kind: keyof RoomClient['listeners'], l: Listener<never>): this {
    (this.listeners[kind] as Listener<never>[]).push(l);
    return this;
  }

  now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The server clock as estimated from pongs. */
  serverTime(): number {
    return this.sync.serverTime(this.now());
  }

  /** Sends an intent with the next seq, the estimated server time and the newest state tick; returns the seq. */
  sendIntent(payload: IntentPayload, tClient = this.serverTime()): number {
    const intent: Intent = { type: 'intent', seq: ++this.seq, tClient: Math.max(0, Math.round(tClient)), payload };
    if (this.states.latestTick >= 0 && !this.wantFull) intent.ackTick = this.states.latestTick;
    this.wantFull = false;
    this.send(intent, (out) => writeIntent(out, intent));
    return intent.seq;
  }

  ping(): void {
    const t0 = this.now();
    this.send({ type: 'ping', t0 }, (out) => writePing(out, t0));
  }

  close(): void {
    this.transport?.close(1000, 'bye');
  }

  private send(m: Message, binary: (out: Out) => void): void {
    if (this.options.json) {
      this.transport?.send(JSON.stringify(m));
    } else {
      const out = new Out();
      binary(out);
      this.transport?.send(out.bytes());
    }
  }

  private receive(frame: Uint8Array | string): void {
    let messages: Message[];
    try {
      if (typeof frame === 'string') {
        this.bytesIn += frame.length;
        messages = [JSON.parse(frame) as Message];
      } else {
        this.bytesIn += frame.length;
        messages = this.frames.read(frame);
      }
    } catch (e) {
      if (!(e instanceof MalformedFrame) && !(e instanceof SyntaxError)) throw e;
      this.wantFull = true;
      return;
    }
    messages.forEach((m) => this.handle(m));
  }

  private handle(m: Message): void {
    switch (m.type) {
      case 'snapshot':
        this.world = this.states.applySnapshot(m);
        this.listeners.snapshot.forEach((l) => l(m));
        this.listeners.state.forEach((l) => l(this.world));
        break;
      case 'delta': {
        const w = this.states.applyDelta(m);
        if (!w) {
          this.wantFull = true;
          break;
        }
        this.world = w;
        this.listeners.delta.forEach((l) => l(m));
        this.listeners.state.forEach((l) => l(this.world));
        break;
      }
      case 'ack':
        this.listeners.ack.forEach((l) => l(m));
        break;
      case 'pong':
        this.sync.add(m.t0, m.tServer, this.now());
        break;
      case 'event':
        if (m.topic === 'system.welcome') {
          this.welcome = m.payload as unknown as Welcome;
          this.listeners.welcome.forEach((l) => l(this.welcome as Welcome));
        }
        this.listeners.event.forEach((l) => l(m));
        break;
      case 'error':
        this.listeners.error.forEach((l) => l(m));
        break;
      default:
        break;
    }
  }
}
