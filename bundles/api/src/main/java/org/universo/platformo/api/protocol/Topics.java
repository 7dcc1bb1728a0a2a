package org.universo.platformo.api.protocol;

import java.util.Map;
import java.util.Optional;

/** Event topics with a fixed payload shape, and the payload record of each. */
public final class Topics {

    public static final String SYSTEM_JOIN = "system.join";
    public static final String SYSTEM_LEAVE = "system.leave";
    public static final String SYSTEM_TRANSFER = "system.transfer";
    public static final String COMBAT_HIT = "combat.hit";
    public static final String COMBAT_DESTROYED = "combat.destroyed";
    public static final String ECONOMY_TRANSFER = "economy.transfer";

    /** Trading topics are owned by the trading plugin; their payloads are not part of this contract. */
    public static final String TRADING_PREFIX = "trading.";

    private static final Map<String, Class<? extends Record>> PAYLOADS = Map.of(
            SYSTEM_JOIN, JoinPayload.class,
            SYSTEM_LEAVE, LeavePayload.class,
            SYSTEM_TRANSFER, TransferPayload.class,
            COMBAT_HIT, CombatHitPayload.class,
            COMBAT_DESTROYED, CombatDestroyedPayload.class,
            ECONOMY_TRANSFER, EconomyTransferPayload.class);

    private Topics() {
    }

    /** The record to convert an {@link Event#payload()} of {@code topic} into, if the topic is known. */
    public static Optional<Class<? extends Record>> payloadType(String topic) {
        return Optional.ofNullable(topic).map(PAYLOADS::get);
    }

    public static boolean isTrading(String topic) {
        return topic != null && topic.startsWith(TRADING_PREFIX) && topic.length() > TRADING_PREFIX.length();
    }
}
