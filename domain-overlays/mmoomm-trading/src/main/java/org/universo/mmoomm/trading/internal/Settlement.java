package org.universo.mmoomm.trading.internal;

import java.util.List;
import java.util.function.Supplier;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.mmoomm.types.TradeFillPayload;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.persistence.Jdbc;

/**
 * Pays what the market tables say is owed: a fill's goods to the buyer, Inmo to the seller and the price difference
 * back to the buyer; a cancelled order's remainder back to its owner. Each payment is an idempotent ledger transfer,
 * then the row is marked done, so running it twice (a retry, the sweeper after a crash) pays once. Whoever marks a fill
 * settled tells both owners ({@code trading.order.filled}), so they hear of each trade once.
 */
final class Settlement {
    private final Jdbc jdbc;
    private final Escrow escrow;
    private final Supplier<EventAdmin> events;

    Settlement(Jdbc jdbc, Escrow escrow, Supplier<EventAdmin> events) {
        this.jdbc = jdbc;
        this.escrow = escrow;
        this.events = events;
    }

    void settle(FillRow f) {
        OrderRow buy = jdbc.tx(c -> Orders.find(c, f.buyOrderId(), false));
        OrderRow sell = jdbc.tx(c -> Orders.find(c, f.sellOrderId(), false));
        escrow.pay("fill:" + f.id() + ":goods", buy.currency(), buy.goodsAccountId(), f.quantity(),
                "bought in fill " + f.id());
        escrow.pay("fill:" + f.id() + ":money", Escrow.INMO, sell.inmoAccountId(),
                Math.multiplyExact(f.quantity(), f.price()), "sold in fill " + f.id());
        escrow.pay("fill:" + f.id() + ":refund", Escrow.INMO, buy.inmoAccountId(),
                Math.multiplyExact(f.quantity(), f.buyPrice() - f.price()), "price difference of fill " + f.id());
        int marked = jdbc.tx(c -> Orders.update(c, "UPDATE mmoomm_trading.fills SET settled = TRUE WHERE id = ? "
                + "AND settled = FALSE", f.id()));
        EventAdmin ea = events.get();
        if (marked == 1 && ea != null) {
            TradeFillPayload p = new TradeFillPayload(f.id(), buy.stationId(), buy.currency(), buy.id(), sell.id(),
                    f.quantity(), f.price());
            ea.postEvent(new Event(DomainEvents.eventAdminTopic(MmoommTopics.TRADING_ORDER_FILLED),
                    DomainEvents.forPlayers(MmoommTopics.TRADING_ORDER_FILLED, p, buy.ownerId(), sell.ownerId())));
        }
    }

    void refund(OrderRow o) {
        escrow.pay("cancel:" + o.id(), o.buy() ? Escrow.INMO : o.currency(), o.buy() ? o.inmoAccountId()
                : o.goodsAccountId(), o.escrowed(), "refund of cancelled order " + o.id());
        jdbc.tx(c -> Orders.update(c, "UPDATE mmoomm_trading.orders SET refund_due = FALSE WHERE id = ?", o.id()));
    }

    /** Everything still owed: unsettled fills and due refunds. */
    int sweep() {
        List<FillRow> fills = jdbc.tx(c -> Orders.unsettled(c, 500));
        fills.forEach(this::settle);
        List<OrderRow> refunds = jdbc.tx(c -> Orders.where(c, "refund_due = TRUE"));
        refunds.forEach(this::refund);
        return fills.size() + refunds.size();
    }
}
