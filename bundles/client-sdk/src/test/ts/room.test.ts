import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { In } from '../../main/ts/bytes';
import { RoomClient } from '../../main/ts/room';
import type { TransportEvents } from '../../main/ts/transport';

const fixtures = JSON.parse(
  readFileSync(new URL('../../../../realtime-protocol/src/test/resources/fixtures/frames.json', import.meta.url), 'utf8'),
) as { serverFrames: Array<{ base64: string }> };
const frame = (i: number) => new Uint8Array(Buffer.from(fixtures.serverFrames[i].base64, 'base64'));
const welcome = JSON.stringify({
  type: 'event', topic: 'system.welcome', tServer: 1, payload: { roomId: 'w:1', entityId: 'ship-1', reconnectToken: 't' },
});

async function connected(json = false) {
  const sent: Array<Uint8Array | string> = [];
  let events!: TransportEvents;
  let url = '';
  const joining = RoomClient.join({
    url: 'http://127.0.0.1:8181', accessToken: 'a b', worldId: 'w', instanceId: '1', json, now: () => 5000,
    transport: async (u, e) => {
      url = u;
      events = e;
      queueMicrotask(() => e.text(welcome));
      return { send: (f) => sent.push(f), close: () => e.closed(1000, 'bye') };
    },
  });
  const client = await joining;
  return { client, sent, events, url };
}

describe('RoomClient', () => {
  it('joins with the token in the query, follows state and acknowledges the newest tick', async () => {
    const { client, sent, events, url } = await connected();
    expect(url).toBe('ws://127.0.0.1:8181/ws/rooms/w/1?access_token=a+b');
    expect(client.welcome?.entityId).toBe('ship-1');
    events.binary(frame(0));
    events.binary(frame(1));
    expect([...client.world.keys()].sort()).toEqual(['drone-é', 'rock-7', 'ship-1']);
    const seq = client.sendIntent({ move: { thrust: { x: 0, y: 0, z: 1 }, yaw: 0, pitch: 0, roll: 0 } });
    expect(seq).toBe(0);
    const i = new In(sent[0] as Uint8Array);
    expect([i.u8(), i.varint(), i.varint(), i.varint()]).toEqual([1, 0, 5000, 13]);
  });

  it('asks for a full snapshot after a delta it cannot apply', async () => {
    const { client, sent, events } = await connected();
    events.binary(frame(2));
    client.sendIntent({ fire: { weaponId: 'laser' } });
    const i = new In(sent[0] as Uint8Array);
    expect([i.u8(), i.varint(), i.varint(), i.varint()]).toEqual([1, 0, 5000, 0]);
  });

  it('speaks JSON when asked and keeps time from pongs', async () => {
    const { client, sent, events } = await connected(true);
    client.ping();
    expect(JSON.parse(sent[0] as string)).toEqual({ type: 'ping', t0: 5000 });
    events.text(JSON.stringify({ type: 'pong', t0: 4900, tServer: 5950 }));
    expect(client.serverTime()).toBe(5000 + 1000);
  });
});
