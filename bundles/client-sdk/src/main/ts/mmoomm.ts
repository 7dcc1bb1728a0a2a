// @universo-mmoomm/client-sdk: the MMOOMM game's typed layer over RoomClient and RestClient: actions as intents,
// money through the ledger, station orders through the trading service, and the game's events with their payload
// types.
import type {
  CombatDestroyedPayload, CombatHitPayload, EconomyTransferPayload, Event, IntentPayload, TransferPayload,
} from './generated/protocol';
import type { RestClient } from './rest';
import type { RoomClient } from './room';

/** trading.order.placed / .cancelled (mmoomm/TradeOrderPayload.schema.json): kg, Inmo minor units per kg. */
export interface TradeOrderPayload {
  orderId: string; stationId: string; type: 'buy' | 'sell'; materialId: string; quantityKg: number; priceInmo: number;
}

/** trading.order.filled (mmoomm/TradeFillPayload.schema.json), to buyer and seller once the trade is settled. */
export interface TradeFillPayload {
  fillId: string; stationId: string; materialId: string; buyOrderId: string; sellOrderId: string; quantityKg: number;
  priceInmo: number;
}

/** mmoomm.mining.yield (mmoomm/MiningYieldPayload.schema.json). */
export interface MiningYieldPayload {
  shipId: string; asteroidId: string; materialId: string; massKg: number; volumeM3: number; cargoUsedM3: number;
}

/** mmoomm.gate.jump (mmoomm/GateJumpPayload.schema.json): the player's ship went through a gate. */
export interface GateJumpPayload {
  entityId: string; gateId: string; fromWorldId: string; toWorldId: string;
}

/** mmoomm.station.docked (mmoomm/StationDockPayload.schema.json). */
export interface StationDockPayload { shipId: string; stationId: string }

/** mmoomm.station.sold (mmoomm/StationSalePayload.schema.json): inmo and balanceInmo in Inmo minor units. */
export interface StationSalePayload {
  shipId: string; stationId: string; massKg: number; inmo: number; accountId: string; balanceInmo: number;
}

/** mmoomm.action.refused (mmoomm/ActionRefusedPayload.schema.json): to this player only; nothing changed. */
export interface ActionRefusedPayload { action: 'mine' | 'dock' | 'sell' | 'jump'; reason: string; message: string }

export interface MmoommEvents {
  'combat.hit': CombatHitPayload;
  'combat.destroyed': CombatDestroyedPayload;
  'economy.transfer': EconomyTransferPayload;
  'trading.order.placed': TradeOrderPayload;
  'trading.order.cancelled': TradeOrderPayload;
  'trading.order.filled': TradeFillPayload;
  'mmoomm.mining.yield': MiningYieldPayload;
  'mmoomm.gate.jump': GateJumpPayload;
  'mmoomm.station.docked': StationDockPayload;
  'mmoomm.station.sold': StationSalePayload;
  'mmoomm.action.refused': ActionRefusedPayload;
  'system.transfer': TransferPayload;
  'system.join': { userId: string; entityId: string };
  'system.leave': { userId: string; entityId: string; reason: string };
}

/** The ledger's receipt (docs/economy.md). */
export interface LedgerReceipt {
  transactionId: string; kind: string; memo?: string; createdAt: string; replayed: boolean;
  entries: Array<{ accountId: string; currency: string; amount: number }>;
}

/** Body of POST /trading/orders (trading/PlaceOrder.schema.json): quantity in kg, price in Inmo minor units per kg. */
export interface PlaceOrderInput {
  stationId: string; type: 'buy' | 'sell'; material: string; quantity: number; priceInmo: number;
  inmoAccountId: string; goodsAccountId: string;
}

/** A market order (docs/plugins/domains.md); status pending, open, filled, cancelled or rejected. */
export interface MarketOrder {
  id: string; stationId: string; type: 'buy' | 'sell'; material: string; quantity: number; remaining: number;
  priceInmo: number; inmoAccountId: string; goodsAccountId: string; status: string; reason?: string;
  createdAt: string; replayed: boolean;
  fills: Array<{ id: string; buyOrderId: string; sellOrderId: string; quantity: number; priceInmo: number;
    settled: boolean; createdAt: string }>;
}

type Topic = keyof MmoommEvents | `${'combat' | 'trading' | 'economy' | 'system' | 'mmoomm'}.*`;
type PayloadOf<T extends Topic> = T extends keyof MmoommEvents ? MmoommEvents[T] : Record<string, unknown>;

export class MmoommClient {
  constructor(readonly room: RoomClient, readonly rest?: RestClient) {}

  /**
   * Pays {@code amount} (minor units) from one of the player's accounts to another account of the same currency
   * through the ledger. Give the same {@code idempotencyKey} when retrying: the ledger then answers the first receipt
   * and never charges twice.
   */
  transfer(fromAccountId: string, toAccountId: string, amount: number, memo?: string,
    idempotencyKey?: string): Promise<LedgerReceipt> {
    // the OpenAPI document does not describe bodies of 201 answers yet, hence the declared receipt type
    return this.needRest().call('EconomyResource.transfer', {
      body: { fromAccountId, toAccountId, amount, ...(memo ? { memo } : {}) }, idempotencyKey,
    }) as unknown as Promise<LedgerReceipt>;
  }

  /**
   * Places a buy or sell order at a station; the order's side is escrowed in the ledger and it trades at once with
   * the orders it crosses. Retry with the same {@code idempotencyKey}: the first order is answered, never a second.
   */
  placeOrder(order: PlaceOrderInput, idempotencyKey?: string): Promise<MarketOrder> {
    return this.needRest().request<MarketOrder>('POST', '/trading/orders', { body: order, idempotencyKey });
  }

  /**
   * Takes the player's ship (a stored entity near the gate) through a gate to the gate's world. The room then sends
   * {@code system.transfer}: close this room and join {@code payload.worldId}.
   */
  jump(shipId: string, gateId: string): Promise<GateJumpPayload> {
    return this.needRest().request<GateJumpPayload>('POST', '/mmoomm/gates/jump', { body: { shipId, gateId } });
  }

  /** Cancels what remains of an open order; the escrow comes back. Cancelling again changes nothing. */
  cancelOrder(orderId: string): Promise<MarketOrder> {
    return this.needRest().request<MarketOrder>('DELETE', `/trading/orders/${encodeURIComponent(orderId)}`);
  }

  private needRest(): RestClient {
    if (!this.rest) throw new Error('MmoommClient needs a RestClient for the ledger and the market');
    return this.rest;
  }

  /**
   * Fires a weapon along the ship's nose (at {@code targetId} only, if given). Sent as its own intent; a game loop that
   * already sends a move every tick should put {@code fire} into that intent instead, so no tick's input is skipped.
   */
  fire(weaponId: string, targetId?: string): number {
    return this.room.sendIntent({ fire: targetId ? { weaponId, targetId } : { weaponId } });
  }

  /** Asks the room to mine with the fitted laser (the nearest asteroid in range without a target). */
  mine(targetId?: string, laserId = 'mmoomm.mining-laser'): number {
    return this.useModule(laserId, targetId ? { targetId } : undefined);
  }

  /**
   * Asks the room to dock at a station, sell the hold to the station docked at, or jump through a gate (the nearest
   * in range without a target). The room answers with mmoomm.station.docked, .sold, mmoomm.gate.jump then
   * system.transfer, or mmoomm.action.refused.
   */
  interact(action: 'dock' | 'sell' | 'jump', targetId?: string): number {
    return this.room.sendIntent({ interact: targetId ? { action, targetId } : { action } });
  }

  useModule(moduleId: string, params?: Record<string, unknown>): number {
    const use: IntentPayload['use_module'] = params ? { moduleId, params } : { moduleId };
    return this.room.sendIntent({ use_module: use });
  }

  /** Events of a topic ({@code 'combat.hit'}) or of a family ({@code 'combat.*'}), with their payload type. */
  on<T extends Topic>(topic: T, listener: (payload: PayloadOf<T>, event: Event) => void): this {
    const family = topic.endsWith('.*') ? topic.slice(0, -1) : null;
    this.room.on('event', (e) => {
      if (family ? e.topic.startsWith(family) : e.topic === topic) listener(e.payload as PayloadOf<T>, e);
    });
    return this;
  }
}
