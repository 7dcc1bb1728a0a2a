package org.universo.mmoomm.trading.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of {@code orders}. */
record OrderRow(String id, String ownerId, String key, String hash, String stationId, String side, String currency,
        long quantity, long remaining, long price, String inmoAccountId, String goodsAccountId, String status,
        boolean refundDue, String reason, Instant createdAt) {

    static final String COLUMNS = "id, owner_id, idem_key, request_hash, station_id, side, currency, quantity, "
            + "remaining, price, inmo_account_id, goods_account_id, status, refund_due, reason, created_at";

    static OrderRow of(ResultSet rs) throws SQLException {
        return new OrderRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getBoolean(14), rs.getString(15),
                rs.getTimestamp(16).toInstant());
    }

    boolean buy() {
        return "buy".equals(side);
    }

    /** What the escrow holds for this order's remainder: Inmo for a buy, goods for a sell. */
    long escrowed() {
        return buy() ? Math.multiplyExact(remaining, price) : remaining;
    }
}
