package org.universo.mmoomm.types;

import java.util.Map;

/** MMOOMM event topics (room events and EventAdmin, with {@code /} for {@code .}) and their payload types. */
public final class MmoommTopics {
    public static final String MINING_YIELD = "mmoomm.mining.yield";
    public static final String TRADING_ORDER_PLACED = "trading.order.placed";
    public static final String TRADING_ORDER_CANCELLED = "trading.order.cancelled";
    public static final String TRADING_ORDER_FILLED = "trading.order.filled";
    public static final String GATE_JUMP = "mmoomm.gate.jump";
    public static final String STATION_DOCKED = "mmoomm.station.docked";
    public static final String STATION_SOLD = "mmoomm.station.sold";
    /** To the player only: an action of theirs the server refused (out of range, cooling down, ...). */
    public static final String ACTION_REFUSED = "mmoomm.action.refused";
    public static final Map<String, Class<? extends Record>> PAYLOADS = Map.of(MINING_YIELD, MiningYieldPayload.class,
            TRADING_ORDER_PLACED, TradeOrderPayload.class, TRADING_ORDER_CANCELLED, TradeOrderPayload.class,
            TRADING_ORDER_FILLED, TradeFillPayload.class, GATE_JUMP, GateJumpPayload.class,
            STATION_DOCKED, StationDockPayload.class, STATION_SOLD, StationSalePayload.class,
            ACTION_REFUSED, ActionRefusedPayload.class);

    private MmoommTopics() {
    }
}
