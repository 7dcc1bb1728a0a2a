package org.universo.mmoomm.trading.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.mmoomm.trading.Market;
import org.universo.mmoomm.trading.Order;
import org.universo.mmoomm.trading.PlaceOrder;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Ledger;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.Jdbc;

/**
 * The {@link Market}. Placing an order records it (pending), escrows its side through the ledger, then matches it under
 * the book's lock and settles the fills; each step can be repeated, and a sweeper repeats whatever a crash or a
 * failure left unfinished.
 */
@Component(service = {Market.class, MarketComponent.class})
public final class MarketComponent implements Market {
    private static final Logger LOG = LoggerFactory.getLogger(MarketComponent.class);
    private final Jdbc jdbc;
    private final Ledger ledger;
    private final Settlement settlement;
    private final Placing placing;
    private final ScheduledExecutorService sweeper;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public MarketComponent(@Reference Database db, @Reference Ledger ledger) {
        db.migrate("mmoomm_trading", MarketComponent.class);
        this.jdbc = new Jdbc(db.dataSource(), "Market store");
        this.ledger = ledger;
        Escrow escrow = new Escrow(ledger, jdbc);
        this.settlement = new Settlement(jdbc, escrow, () -> events);
        this.placing = new Placing(jdbc, escrow, settlement, () -> events);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mmoomm-trading-sweeper"));
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        sweeper.shutdownNow();
        sweeper.awaitTermination(5, TimeUnit.SECONDS);
    }

    void sweep() {
        try {
            int done = settlement.sweep();
            Instant stale = Instant.now().minusSeconds(30);
            for (OrderRow o : jdbc.tx(c -> Orders.where(c, "status = 'pending' AND created_at < ?", stale))) {
                try {
                    placing.resume(o);
                } catch (ApiException refused) {
                    LOG.info("Order {} could not be escrowed and is rejected: {}", o.id(), refused.getMessage());
                }
                done++;
            }
            if (done > 0) {
                LOG.info("Market sweep finished {} pending step(s)", done);
            }
        } catch (RuntimeException e) {
            LOG.warn("Market sweep failed; it runs again", e);
        }
    }

    @Override
    public Order place(String ownerId, String key, PlaceOrder in) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw ApiException.badRequest("An Idempotency-Key header of 1 to 100 characters is required");
        }
        Account inmo = ledger.account(ownerId, in.inmoAccountId());
        Account goods = ledger.account(ownerId, in.goodsAccountId());
        if (!"INMO".equals(inmo.currency()) || !in.material().equals(goods.currency())) {
            throw Placing.invalid("inmoAccountId must be an INMO account and goodsAccountId an account in " + in.material());
        }
        Math.multiplyExact(in.quantity(), in.priceInmo());
        String id = UUID.nameUUIDFromBytes((ownerId + "\n" + key).getBytes(StandardCharsets.UTF_8)).toString();
        OrderRow row = new OrderRow(id, ownerId, key, Placing.hash(in), in.stationId(), in.type(), in.material(),
                in.quantity(), in.quantity(), in.priceInmo(), in.inmoAccountId(), in.goodsAccountId(), "pending", false,
                null, Instant.now());
        return placing.place(row);
    }

    @Override
    public Order cancel(String ownerId, String orderId) {
        OrderRow o = jdbc.tx(c -> {
            OrderRow r = mine(Orders.find(c, orderId, true), ownerId);
            if ("open".equals(r.status())) {
                Orders.state(c, r.id(), r.remaining(), "cancelled", true, null);
                return Orders.find(c, orderId, false);
            }
            if (!"cancelled".equals(r.status())) {
                throw ApiException.conflict("The order is " + r.status() + "; only an open order can be cancelled");
            }
            return r;
        });
        if (o.refundDue()) {
            settlement.refund(o);
            placing.publish("trading.order.cancelled", o);
        }
        return order(ownerId, orderId);
    }

    @Override
    public Order order(String ownerId, String orderId) {
        return jdbc.tx(c -> Views.order(c, mine(Orders.find(c, orderId, false), ownerId), false));
    }

    @Override
    public List<Order> mine(String ownerId, int offset, int limit) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw ApiException.badRequest("limit is 1..200 and offset at least 0");
        }
        return jdbc.tx(c -> {
            List<Order> out = new java.util.ArrayList<>();
            for (OrderRow r : Orders.where(c, "owner_id = ? ORDER BY created_at DESC, id LIMIT " + limit + " OFFSET "
                    + offset, ownerId)) {
                out.add(Views.order(c, r, false));
            }
            return out;
        });
    }

    @Override
    public List<Order.Level> book(String stationId, String material) {
        return jdbc.tx(c -> Orders.where(c, "station_id = ? AND currency = ? AND status = 'open' ORDER BY side, "
                + "CASE WHEN side = 'buy' THEN -price ELSE price END, created_at", stationId, material)).stream()
                .map(r -> new Order.Level(r.id(), r.side(), r.remaining(), r.price(), r.createdAt())).toList();
    }

    private static OrderRow mine(OrderRow r, String ownerId) {
        if (r == null || !r.ownerId().equals(ownerId)) {
            throw ApiException.notFound("order");
        }
        return r;
    }
}
