package org.universo.mmoomm.trading.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of {@code fills}; {@code buyPrice} is the buy order's limit, the difference is refunded to the buyer. */
record FillRow(String id, String buyOrderId, String sellOrderId, long quantity, long price, long buyPrice,
        boolean settled, Instant createdAt) {

    static final String COLUMNS = "id, buy_order_id, sell_order_id, quantity, price, buy_price, settled, created_at";

    static FillRow of(ResultSet rs) throws SQLException {
        return new FillRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant());
    }
}
