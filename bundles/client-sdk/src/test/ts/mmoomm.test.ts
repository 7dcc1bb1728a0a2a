import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MmoommClient, type ActionRefusedPayload, type StationDockPayload, type StationSalePayload, type GateJumpPayload, type MiningYieldPayload, type PlaceOrderInput, type TradeFillPayload, type TradeOrderPayload }
  from '../../main/ts/mmoomm';
import { RestClient } from '../../main/ts/rest';
import { RoomClient } from '../../main/ts/room';
import type { TransportEvents } from '../../main/ts/transport';

/** A JSON room over an in-memory transport: what the client sent, and the door to feed it server frames. */
async function joined(): Promise<{ room: RoomClient; sent: string[]; events: TransportEvents }> {
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
  return { room, sent, events };
}

describe('MmoommClient', () => {
  it('sends actions as intents and hands typed events to their listeners', async () => {
    const { room, sent, events } = await joined();
    const game = new MmoommClient(room);
    const hits: number[] = [];
    const combat: string[] = [];
    game.on('combat.hit', (p) => hits.push(p.damage)).on('combat.*', (_p, e) => combat.push(e.topic));
    game.fire('laser', 'rock-7');
    game.useModule('mining-laser', { power: 0.5 });
    game.mine('rock-7');
    game.mine();
    game.interact('dock');
    game.interact('jump', 'gate-1');
    expect(sent.map((s) => JSON.parse(s).payload)).toEqual([{ fire: { weaponId: 'laser', targetId: 'rock-7' } },
      { use_module: { moduleId: 'mining-laser', params: { power: 0.5 } } },
      { use_module: { moduleId: 'mmoomm.mining-laser', params: { targetId: 'rock-7' } } },
      { use_module: { moduleId: 'mmoomm.mining-laser' } },
      { interact: { action: 'dock' } }, { interact: { action: 'jump', targetId: 'gate-1' } }]);
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
    await game.jump('ship-1', 'gate-1');
    expect(calls[2].url).toBe('http://h/api/v1/mmoomm/gates/jump');
    const jump = JSON.parse(readFileSync(new URL('../../../../../domain-overlays/mmoomm-content/src/main/resources/'
      + 'UNIVERSO-INF/schemas/mmoomm/GateJump.schema.json', import.meta.url), 'utf8'));
    expect(Object.keys(JSON.parse(calls[2].init.body as string)).sort()).toEqual(Object.keys(jump.properties).sort());
    const schema = JSON.parse(readFileSync(new URL('../../../../../domain-overlays/mmoomm-trading/src/main/resources/'
      + 'UNIVERSO-INF/schemas/trading/PlaceOrder.schema.json', import.meta.url), 'utf8'));
    expect(Object.keys(order).sort()).toEqual(Object.keys(schema.properties).sort());
    expect([...schema.required].sort()).toEqual(Object.keys(order).sort());
  });

  it('types the MMOOMM events with the fields of their schemas and routes them by family', async () => {
    const { room, events } = await joined();
    // each sample has exactly its interface's fields (the compiler refuses extra or missing ones)
    const placed: TradeOrderPayload = { orderId: 'o1', stationId: 's', type: 'sell', materialId: 'IRON', quantityKg: 5,
      priceInmo: 20 };
    const filled: TradeFillPayload = { fillId: 'f1', stationId: 's', materialId: 'IRON', buyOrderId: 'o2',
      sellOrderId: 'o1', quantityKg: 5, priceInmo: 20 };
    const mined: MiningYieldPayload = { shipId: 'ship-1', asteroidId: 'a', materialId: 'IRON', massKg: 10,
      volumeM3: 0.2, cargoUsedM3: 1.2 };
    const jumped: GateJumpPayload = { entityId: 'ship-1', gateId: 'g', fromWorldId: 'sol', toWorldId: 'vega' };
    const docked: StationDockPayload = { shipId: 'ship-1', stationId: 's' };
    const sold: StationSalePayload = { shipId: 'ship-1', stationId: 's', massKg: 10, inmo: 120, accountId: 'a',
      balanceInmo: 120 };
    const refused: ActionRefusedPayload = { action: 'sell', reason: 'not_docked', message: 'dock first' };
    const schemas = new URL('../../../../../domain-overlays/mmoomm-types/src/main/resources/UNIVERSO-INF/schemas/mmoomm/',
      import.meta.url);
    for (const [name, sample] of [['TradeOrderPayload', placed], ['TradeFillPayload', filled],
      ['MiningYieldPayload', mined], ['GateJumpPayload', jumped], ['StationDockPayload', docked],
      ['StationSalePayload', sold], ['ActionRefusedPayload', refused]] as const) {
      const schema = JSON.parse(readFileSync(new URL(`${name}.schema.json`, schemas), 'utf8'));
      expect(Object.keys(sample).sort(), name).toEqual(Object.keys(schema.properties).sort());
    }
    const game = new MmoommClient(room);
    const trades: number[] = [];
    const trading: string[] = [];
    game.on('trading.order.filled', (p) => trades.push(p.quantityKg * p.priceInmo))
      .on('trading.*', (_p, e) => trading.push(e.topic));
    events.text(JSON.stringify({ type: 'event', topic: 'trading.order.placed', tServer: 2, payload: placed }));
    events.text(JSON.stringify({ type: 'event', topic: 'trading.order.filled', tServer: 3, payload: filled }));
    events.text(JSON.stringify({ type: 'event', topic: 'combat.hit', tServer: 4, payload: {} }));
    expect(trades).toEqual([100]);
    expect(trading).toEqual(['trading.order.placed', 'trading.order.filled']);
    const worlds: string[] = [];
    game.on('system.transfer', (p) => worlds.push(p.worldId));
    events.text(JSON.stringify({ type: 'event', topic: 'system.transfer', tServer: 5,
      payload: { worldId: 'vega', entityId: 'ship-1' } }));
    expect(worlds).toEqual(['vega']);
  });
});
