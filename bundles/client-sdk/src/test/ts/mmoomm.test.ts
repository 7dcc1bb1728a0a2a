import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MmoommClient, type PlaceOrderInput } from '../../main/ts/mmoomm';
import { RestClient } from '../../main/ts/rest';
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

  it('pays through the ledger with the idempotency key it is given', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ transactionId: 't1', kind: 'transfer', entries: [], replayed: false }),
        { status: 201 });
    }) as unknown as typeof globalThis.fetch;
    const rest = new RestClient({ baseUrl: 'http://h/api/v1', session: { accessToken: 'A', refreshToken: 'R' }, fetch });
    const game = new MmoommClient({} as RoomClient, rest);
    const r = await game.transfer('acc-1', 'acc-2', 1250, 'ore', 'sale-77');
    expect(r.transactionId).toBe('t1');
    expect(calls[0].url).toBe('http://h/api/v1/economy/transfers');
    expect((calls[0].init.headers as Record<string, string>)['Idempotency-Key']).toBe('sale-77');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ fromAccountId: 'acc-1', toAccountId: 'acc-2', amount: 1250,
      memo: 'ore' });
  });

  it('places and cancels station orders with a retried key, in the shape of the trading schema', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ id: 'o1', status: init.method === 'DELETE' ? 'cancelled' : 'open',
        replayed: false, fills: [] }), { status: init.method === 'DELETE' ? 200 : 201 });
    }) as unknown as typeof globalThis.fetch;
    const rest = new RestClient({ baseUrl: 'http://h/api/v1', session: { accessToken: 'A', refreshToken: 'R' }, fetch });
    const game = new MmoommClient({} as RoomClient, rest);
    const order: PlaceOrderInput = { stationId: 's1', type: 'sell', material: 'IRON', quantity: 2000, priceInmo: 15,
      inmoAccountId: 'a1', goodsAccountId: 'a2' };
    expect((await game.placeOrder(order, 'sell-1')).status).toBe('open');
    expect(calls[0].url).toBe('http://h/api/v1/trading/orders');
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>)['Idempotency-Key']).toBe('sell-1');
    expect((await game.cancelOrder('o 1')).status).toBe('cancelled');
    expect(calls[1].url).toBe('http://h/api/v1/trading/orders/o%201');
    expect(calls[1].init.method).toBe('DELETE');
    const schema = JSON.parse(readFileSync(new URL('../../../../../domain-overlays/mmoomm-trading/src/main/resources/'
      + 'UNIVERSO-INF/schemas/trading/PlaceOrder.schema.json', import.meta.url), 'utf8'));
    expect(Object.keys(order).sort()).toEqual(Object.keys(schema.properties).sort());
    expect([...schema.required].sort()).toEqual(Object.keys(order).sort());
  });
});
