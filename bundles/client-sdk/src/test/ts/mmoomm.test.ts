import { describe, expect, it } from 'vitest';
import { MmoommClient } from '../../main/ts/mmoomm';
import { RoomClient } from '../../main/ts/room';
import type { TransportEvents } from '../../main/ts/transport';

describe('MmoommClient', () => {
  it('sends actions as intents and hands typed events to their listeners', async () => {
    const sent: string[] = [];
    let events!: TransportEvents;
    const room = await RoomClient.join({
      url: 'http://h', accessToken: 't', worldId: 'w', instanceId: '1', json: true, now: () => 10,
      transport: async (_u, e) => {
        events = e;
        queueMicrotask(() => e.text(JSON.stringify({ type: 'event', topic: 'system.welcome', tServer: 1,
          payload: { entityId: 'ship-1' } })));
        return { send: (f) => sent.push(f as string), close: () => {} };
      },
    });
    const game = new MmoommClient(room);
    const hits: number[] = [];
    const combat: string[] = [];
    game.on('combat.hit', (p) => hits.push(p.damage)).on('combat.*', (_p, e) => combat.push(e.topic));
    game.fire('laser', 'rock-7');
    game.useModule('mining-laser', { power: 0.5 });
    expect(sent.map((s) => JSON.parse(s).payload)).toEqual([{ fire: { weaponId: 'laser', targetId: 'rock-7' } },
      { use_module: { moduleId: 'mining-laser', params: { power: 0.5 } } }]);
    events.text(JSON.stringify({ type: 'event', topic: 'combat.hit', tServer: 2, payload: { attackerId: 'a',
      targetId: 'b', weaponId: 'laser', damageType: 'thermal', damage: 12, layer: 'hull' } }));
    events.text(JSON.stringify({ type: 'event', topic: 'combat.destroyed', tServer: 3, payload: { entityId: 'b',
      killerId: 'a' } }));
    events.text(JSON.stringify({ type: 'event', topic: 'trading.order', tServer: 4, payload: {} }));
    expect(hits).toEqual([12]);
    expect(combat).toEqual(['combat.hit', 'combat.destroyed']);
  });
});
