package org.universo.mmoomm.types;

import java.util.Map;

/** MMOOMM event topics (room events and EventAdmin, with {@code /} for {@code .}) and their payload types. */
public final class MmoommTopics {
    public static final String MINING_YIELD = "mmoomm.mining.yield";
    public static final String TRADING_ORDER_PLACED = "trading.order.placed";
    public static final String TRADING_ORDER_CANCELLED = "trading.order.cancelled";
    public static final String TRADING_ORDER_FILLED = "trading.order.filled";
    public static final String GATE_JUMP = "mmoomm.gate.jump";
    public static final Map<String, Class<? extends Record>> PAYLOADS = Map.of(MINING_YIELD, MiningYieldPayload.class,
            TRADING_ORDER_PLACED, TradeOrderPayload.class, TRADING_ORDER_CANCELLED, TradeOrderPayload.class,
            TRADING_ORDER_FILLED, TradeFillPayload.class, GATE_JUMP, GateJumpPayload.class);

    private MmoommTopics() {
    }
}
