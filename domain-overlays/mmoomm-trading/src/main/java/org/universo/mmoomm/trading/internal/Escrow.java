package org.universo.mmoomm.trading.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Ledger;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.persistence.Jdbc;

/**
 * The market's ledger side: one escrow account per currency, owned by {@link #OWNER}, and the transfers in and out of
 * it. Every transfer names a key derived from the order or fill it serves, so repeating a step never pays twice.
 */
final class Escrow {
    static final String OWNER = "mmoomm-trading";
    static final String INMO = "INMO";
    private final Ledger ledger;
    private final Jdbc jdbc;
    private final Map<String, String> accounts = new ConcurrentHashMap<>();

    Escrow(Ledger ledger, Jdbc jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    String account(String currency) {
        return accounts.computeIfAbsent(currency, this::load);
    }

    private String load(String currency) {
        String sql = "SELECT account_id FROM mmoomm_trading.escrow_accounts WHERE currency = ?";
        List<String> found = jdbc.tx(c -> Orders.query(c, sql, rs -> rs.getString(1), currency));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String id = ledger.open(OWNER, currency).id();
        try {
            jdbc.tx(c -> Orders.update(c, "INSERT INTO mmoomm_trading.escrow_accounts (currency, account_id) VALUES "
                    + "(?, ?)", currency, id));
            return id;
        } catch (IllegalStateException raced) {
            // another node opened one first; the account just opened stays empty
            return jdbc.tx(c -> Orders.query(c, sql, rs -> rs.getString(1), currency)).get(0);
        }
    }

    /** The owner's side of placing an order: their Inmo (buy) or goods (sell) into escrow. */
    Receipt hold(OrderRow o) {
        String from = o.buy() ? o.inmoAccountId() : o.goodsAccountId();
        String currency = o.buy() ? INMO : o.currency();
        return ledger.transfer(o.ownerId(), "mmoomm-trading:" + o.id(), new Inputs.Transfer(from, account(currency),
                o.escrowed(), "escrow of order " + o.id()));
    }

    /** Out of escrow to a party, once per {@code key}. */
    void pay(String key, String currency, String to, long amount, String memo) {
        if (amount > 0) {
            ledger.transfer(OWNER, key, new Inputs.Transfer(account(currency), to, amount, memo));
        }
    }
}
