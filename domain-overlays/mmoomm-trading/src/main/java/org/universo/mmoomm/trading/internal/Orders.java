package org.universo.mmoomm.trading.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.universo.platformo.persistence.Jdbc;

/** The SQL of the market tables; every method runs on the caller's connection (and transaction). */
final class Orders {
    private static final String S = "mmoomm_trading.";

    private Orders() {
    }

    interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rows.map(rs));
                }
                return out;
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof Instant t ? Timestamp.from(t) : p);
        }
    }

    static OrderRow find(Connection c, String id, boolean lock) throws SQLException {
        List<OrderRow> r = query(c, "SELECT " + OrderRow.COLUMNS + " FROM " + S + "orders WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""), OrderRow::of, id);
        return r.isEmpty() ? null : r.get(0);
    }

    static void insert(Connection c, OrderRow o) throws SQLException {
        update(c, "INSERT INTO " + S + "orders (" + OrderRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)", o.id(), o.ownerId(), o.key(), o.hash(), o.stationId(), o.side(), o.currency(),
                o.quantity(), o.remaining(), o.price(), o.inmoAccountId(), o.goodsAccountId(), o.status(),
                o.refundDue(), o.reason(), o.createdAt());
    }

    static void state(Connection c, String id, long remaining, String status, boolean refundDue, String reason)
            throws SQLException {
        update(c, "UPDATE " + S + "orders SET remaining = ?, status = ?, refund_due = ?, reason = ? WHERE id = ?",
                remaining, status, refundDue, reason, id);
    }

    /** Serializes matching per station and material: the book row is the lock. */
    static void lockBook(Connection c, String station, String currency) throws SQLException {
        if (query(c, "SELECT station_id FROM " + S + "books WHERE station_id = ? AND currency = ? FOR UPDATE",
                rs -> rs.getString(1), station, currency).isEmpty()) {
            throw new IllegalStateException("no book " + station + "/" + currency);
        }
    }

    /** Creates the book row when missing, in its own transaction, tolerating a concurrent creation. */
    static void ensureBook(Jdbc jdbc, String station, String currency) {
        try {
            jdbc.tx(c -> query(c, "SELECT 1 FROM " + S + "books WHERE station_id = ? AND currency = ?", rs -> 1,
                    station, currency).isEmpty() ? update(c, "INSERT INTO " + S + "books (station_id, currency) "
                    + "VALUES (?, ?)", station, currency) : 0);
        } catch (IllegalStateException raced) {
            // created by a concurrent order at the same moment: the row is there, which is all we need
        }
    }

    static List<OrderRow> resting(Connection c, OrderRow incoming) throws SQLException {
        String order = incoming.buy() ? "price ASC, created_at ASC, id ASC" : "price DESC, created_at ASC, id ASC";
        return query(c, "SELECT " + OrderRow.COLUMNS + " FROM " + S + "orders WHERE station_id = ? AND currency = ? "
                + "AND side = ? AND status = 'open' AND price " + (incoming.buy() ? "<=" : ">=") + " ? ORDER BY " + order
                + " FOR UPDATE", OrderRow::of, incoming.stationId(), incoming.currency(),
                incoming.buy() ? "sell" : "buy", incoming.price());
    }

    static void insertFill(Connection c, FillRow f) throws SQLException {
        update(c, "INSERT INTO " + S + "fills (" + FillRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", f.id(),
                f.buyOrderId(), f.sellOrderId(), f.quantity(), f.price(), f.buyPrice(), f.settled(), f.createdAt());
    }

    static List<FillRow> fillsOf(Connection c, String orderId) throws SQLException {
        return query(c, "SELECT " + FillRow.COLUMNS + " FROM " + S + "fills WHERE buy_order_id = ? OR sell_order_id = ? "
                + "ORDER BY created_at, id", FillRow::of, orderId, orderId);
    }

    static List<FillRow> unsettled(Connection c, int limit) throws SQLException {
        return query(c, "SELECT " + FillRow.COLUMNS + " FROM " + S + "fills WHERE settled = FALSE ORDER BY created_at "
                + "LIMIT " + limit, FillRow::of);
    }

    static List<OrderRow> where(Connection c, String condition, Object... params) throws SQLException {
        return query(c, "SELECT " + OrderRow.COLUMNS + " FROM " + S + "orders WHERE " + condition, OrderRow::of,
                params);
    }
}
