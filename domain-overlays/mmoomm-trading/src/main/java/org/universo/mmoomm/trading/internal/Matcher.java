package org.universo.mmoomm.trading.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Price-time priority: an incoming order trades with the resting orders it crosses, best price first, oldest first at
 * a price, at the resting order's price, never with its own owner's orders. {@code resting} comes sorted that way.
 */
final class Matcher {
    private Matcher() {
    }

    record Trade(OrderRow resting, long quantity, long price) {
    }

    static List<Trade> match(OrderRow incoming, List<OrderRow> resting) {
        List<Trade> trades = new ArrayList<>();
        long left = incoming.remaining();
        for (OrderRow r : resting) {
            if (left == 0) {
                break;
            }
            boolean crosses = incoming.buy() ? r.price() <= incoming.price() : r.price() >= incoming.price();
            if (!crosses) {
                break;
            }
            if (r.ownerId().equals(incoming.ownerId()) || r.remaining() == 0) {
                continue;
            }
            long q = Math.min(left, r.remaining());
            trades.add(new Trade(r, q, r.price()));
            left -= q;
        }
        return trades;
    }
}
