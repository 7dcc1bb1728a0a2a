package org.universo.mmoomm.trading.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.universo.mmoomm.trading.Order;
import org.universo.mmoomm.trading.PlaceOrder;
import org.universo.mmoomm.types.OrderType;
import org.universo.mmoomm.types.TradeOrderPayload;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.persistence.Jdbc;

/** The steps of placing an order: record, escrow, match, settle; {@link #resume} continues from any of them. */
final class Placing {
    private final Jdbc jdbc;
    private final Escrow escrow;
    private final Settlement settlement;
    private final Supplier<EventAdmin> events;

    Placing(Jdbc jdbc, Escrow escrow, Settlement settlement, Supplier<EventAdmin> events) {
        this.jdbc = jdbc;
        this.escrow = escrow;
        this.settlement = settlement;
        this.events = events;
    }

    Order place(OrderRow row) {
        OrderRow existing = jdbc.tx(c -> Orders.find(c, row.id(), false));
        if (existing == null) {
            try {
                jdbc.tx(c -> {
                    Orders.insert(c, row);
                    return null;
                });
            } catch (IllegalStateException raced) {
                existing = jdbc.tx(c -> Orders.find(c, row.id(), false));
                if (existing == null) {
                    throw raced;
                }
            }
        }
        if (existing != null) {
            if (!existing.hash().equals(row.hash())) {
                throw ApiException.conflict("This Idempotency-Key was used for another order");
            }
            if ("pending".equals(existing.status())) {
                resume(existing);
            }
            return jdbc.tx(c -> Views.order(c, Orders.find(c, row.id(), false), true));
        }
        resume(row);
        publish("trading.order.placed", row);
        return jdbc.tx(c -> Views.order(c, Orders.find(c, row.id(), false), false));
    }

    /** Escrow (idempotent), then matching once, then settlement of the fills made. */
    void resume(OrderRow row) {
        Orders.ensureBook(jdbc, row.stationId(), row.currency());
        try {
            escrow.hold(row);
        } catch (ApiException refused) {
            jdbc.tx(c -> Orders.update(c, "UPDATE mmoomm_trading.orders SET status = 'rejected', reason = ? WHERE id = ? "
                    + "AND status = 'pending'", refused.getMessage(), row.id()));
            throw refused;
        }
        List<FillRow> fills = jdbc.tx(c -> match(c, row.id()));
        fills.forEach(settlement::settle);
    }

    private List<FillRow> match(java.sql.Connection c, String id) throws java.sql.SQLException {
        OrderRow me = Orders.find(c, id, false);
        Orders.lockBook(c, me.stationId(), me.currency());
        me = Orders.find(c, id, true);
        List<FillRow> fills = new ArrayList<>();
        if (!"pending".equals(me.status())) {
            return fills;
        }
        long left = me.remaining();
        Instant now = Instant.now();
        for (Matcher.Trade t : Matcher.match(me, Orders.resting(c, me))) {
            OrderRow r = t.resting();
            long rest = r.remaining() - t.quantity();
            Orders.state(c, r.id(), rest, rest == 0 ? "filled" : "open", false, null);
            OrderRow buy = me.buy() ? me : r;
            OrderRow sell = me.buy() ? r : me;
            FillRow f = new FillRow(UUID.randomUUID().toString(), buy.id(), sell.id(), t.quantity(), t.price(),
                    buy.price(), false, now);
            Orders.insertFill(c, f);
            fills.add(f);
            left -= t.quantity();
        }
        Orders.state(c, id, left, left == 0 ? "filled" : "open", false, null);
        return fills;
    }

    void publish(String topic, OrderRow o) {
        EventAdmin ea = events.get();
        if (ea != null) {
            ea.postEvent(new Event(DomainEvents.eventAdminTopic(topic), DomainEvents.forPlayers(topic,
                    new TradeOrderPayload(o.id(), o.stationId(), OrderType.of(o.side()), o.currency(), o.quantity(),
                            o.price()), o.ownerId())));
        }
    }

    static String hash(PlaceOrder in) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiException invalid(String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message, Map.of("reason", "invalid_order"));
    }
}
