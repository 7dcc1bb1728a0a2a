package org.universo.mmoomm.trading.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.universo.mmoomm.trading.Order;

/** Rows as the API shows them. */
final class Views {
    private Views() {
    }

    static Order order(Connection c, OrderRow r, boolean replayed) throws SQLException {
        return new Order(r.id(), r.stationId(), r.side(), r.currency(), r.quantity(), r.remaining(), r.price(),
                r.inmoAccountId(), r.goodsAccountId(), r.status(), r.reason(), r.createdAt(),
                Orders.fillsOf(c, r.id()).stream().map(f -> new Order.Fill(f.id(), f.buyOrderId(), f.sellOrderId(),
                        f.quantity(), f.price(), f.settled(), f.createdAt())).toList(), replayed);
    }
}
