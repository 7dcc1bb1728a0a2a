package org.universo.mmoomm.trading.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.universo.mmoomm.trading.Order;
import org.universo.mmoomm.trading.PlaceOrder;
import org.universo.mmoomm.types.TradeFillPayload;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.internal.EconomyComponent;
import org.universo.platformo.persistence.Jdbc;
import org.universo.platformo.persistence.internal.JdbcDatabase;
import org.universo.platformo.realtime.Rooms;

/** The market on H2 with the real ledger: escrow, matching at the resting price, refunds, retries, recovery. */
class MarketTest {
    /** One ledger per JVM: its JPA unit is named and cached by EclipseLink, so every test uses its own users. */
    private static JdbcDataSource ds;
    private static EconomyComponent ledger;
    private static MarketComponent market;
    private static int run;
    private String alice;
    private String bob;
    private String aliceInmo;
    private String aliceIron;
    private String bobInmo;
    private String bobIron;

    @BeforeAll
    static void startAll() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:market-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        JdbcDatabase db = new JdbcDatabase(ds);
        ledger = new EconomyComponent(db);
        ledger.define("IRON", "Iron ore", 0);
        market = new MarketComponent(db, ledger);
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        market.deactivate();
        Ledgers.close(ledger);
    }

    @BeforeEach
    void users() {
        run++;
        alice = "alice-" + run;
        bob = "bob-" + run;
        aliceInmo = ledger.open(alice, "INMO").id();
        aliceIron = ledger.open(alice, "IRON").id();
        bobInmo = ledger.open(bob, "INMO").id();
        bobIron = ledger.open(bob, "IRON").id();
        ledger.issue("admin", "seed-" + bob, bobInmo, new Inputs.Issue(100_000, null));
        ledger.issue("admin", "seed-" + alice, aliceIron, new Inputs.Issue(1_000, null));
    }

    private PlaceOrder sell(long q, long price) {
        return new PlaceOrder(station(), "sell", "IRON", q, price, aliceInmo, aliceIron);
    }

    private PlaceOrder buy(long q, long price) {
        return new PlaceOrder(station(), "buy", "IRON", q, price, bobInmo, bobIron);
    }

    private long balance(String owner, String account) {
        return ledger.account(owner, account).balance();
    }

    @Test
    void ordersTradeAtTheRestingPriceAndEveryoneIsPaidOnce() {
        long escrowBefore = escrowTotal();
        Order ask = market.place(alice, "s1", sell(600, 20));
        assertEquals("open", ask.status());
        assertEquals(400, balance(alice, aliceIron), "the goods are in escrow");

        Order bid = market.place(bob, "b1", buy(1_000, 25));
        assertEquals("open", bid.status());
        assertEquals(400, bid.remaining());
        assertEquals(1, bid.fills().size());
        assertEquals(20, bid.fills().get(0).priceInmo(), "the resting order's price");
        assertTrue(bid.fills().get(0).settled());
        assertEquals(600, balance(bob, bobIron));
        assertEquals(12_000, balance(alice, aliceInmo));
        assertEquals(100_000 - 25_000 + 600 * 5, balance(bob, bobInmo), "the price difference comes back");
        assertEquals("filled", market.order(alice, ask.id()).status());

        Order retry = market.place(bob, "b1", buy(1_000, 25));
        assertTrue(retry.replayed());
        assertEquals(bid.id(), retry.id());
        assertEquals(78_000, balance(bob, bobInmo), "a retry never charges twice");
        assertEquals(409, assertThrows(ApiException.class, () -> market.place(bob, "b1", buy(999, 25))).httpStatus());

        assertEquals(List.of(400L), market.book(station(), "IRON").stream().map(Order.Level::remaining).toList());
        assertEquals(404, assertThrows(ApiException.class, () -> market.cancel(alice, bid.id())).httpStatus());
        assertEquals("cancelled", market.cancel(bob, bid.id()).status());
        assertEquals(88_000, balance(bob, bobInmo), "what remained in escrow is refunded");
        assertEquals("cancelled", market.cancel(bob, bid.id()).status());
        assertEquals(88_000, balance(bob, bobInmo), "cancelling again refunds nothing");
        assertTrue(market.book(station(), "IRON").isEmpty());
        assertEquals(escrowBefore, escrowTotal(), "nothing is left in escrow");
        assertEquals(100_000, balance(bob, bobInmo) + balance(alice, aliceInmo));
        assertEquals(1_000, balance(bob, bobIron) + balance(alice, aliceIron));
    }

    @Test
    void anOrderWithoutTheGoodsIsRefusedAndRecordedAsRejected() {
        ApiException e = assertThrows(ApiException.class, () -> market.place(alice, "s2", sell(5_000, 10)));
        assertEquals(409, e.httpStatus());
        Order again = market.place(alice, "s2", sell(5_000, 10));
        assertEquals("rejected", again.status());
        assertEquals(1_000, balance(alice, aliceIron));
        assertEquals(422, assertThrows(ApiException.class, () -> market.place(alice, "s3",
                new PlaceOrder(station(), "sell", "IRON", 1, 1, aliceIron, aliceInmo))).httpStatus());
        assertEquals(404, assertThrows(ApiException.class, () -> market.place(bob, "s4",
                new PlaceOrder(station(), "sell", "IRON", 1, 1, aliceInmo, aliceIron))).httpStatus());
    }

    @Test
    void theSweeperFinishesAnOrderACrashLeftPending() throws Exception {
        // as if the process died right after recording the order, before its escrow
        OrderRow pending = new OrderRow("00000000-0000-0000-0000-00000000000a", alice, "lost", "h", station(),
                "sell", "IRON", 100, 100, 30, aliceInmo, aliceIron, "pending", false, null,
                Instant.now().minusSeconds(60));
        Jdbc jdbc = new Jdbc(ds, "Market store");
        jdbc.tx(c -> {
            Orders.insert(c, pending);
            return null;
        });
        market.sweep();
        assertEquals("open", market.order(alice, pending.id()).status());
        assertEquals(900, balance(alice, aliceIron));
        market.sweep();
        assertEquals(900, balance(alice, aliceIron), "sweeping again escrows nothing more");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTradeIsToldToBuyerAndSellerOnceWithItsFill() {
        List<Event> posted = new CopyOnWriteArrayList<>();
        market.events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        try {
            market.place(alice, "s5", sell(300, 40));
            Order bid = market.place(bob, "b5", buy(300, 40));
            market.sweep();
            market.place(bob, "b5", buy(300, 40));
            List<Event> fills = posted.stream().filter(e -> e.getTopic().equals("org/universo/mmoomm/trading/order/filled"))
                    .toList();
            assertEquals(1, fills.size(), "settled once, told once: " + posted);
            Event e = fills.get(0);
            assertEquals(List.of(bob, alice), List.of((String[]) e.getProperty(Rooms.EVENT_USERS)));
            assertEquals("trading.order.filled", e.getProperty(Rooms.EVENT_TOPIC));
            TradeFillPayload p = DomainEvents.read("trading.order.filled",
                    (Map<String, Object>) e.getProperty(Rooms.EVENT_PAYLOAD), TradeFillPayload.class);
            assertEquals(new TradeFillPayload(bid.fills().get(0).id(), station(), "IRON", bid.id(),
                    bid.fills().get(0).sellOrderId(), 300, 40), p);
            assertEquals(2, posted.stream().filter(x -> x.getTopic().endsWith("/placed")).count());
        } finally {
            market.events = null;
        }
    }

    private String station() {
        return "station-" + run;
    }

    private long escrowTotal() {
        return ledger.accounts(Escrow.OWNER).stream().mapToLong(a -> a.balance()).sum();
    }
}
