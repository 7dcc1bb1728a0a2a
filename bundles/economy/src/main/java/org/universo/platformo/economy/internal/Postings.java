package org.universo.platformo.economy.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.economy.internal.store.AccountEntity;
import org.universo.platformo.economy.internal.store.EntryEntity;
import org.universo.platformo.economy.internal.store.TransactionEntity;

/**
 * Writes one balanced transaction inside the caller's database transaction: the accounts are locked in id order (two
 * transfers between the same accounts never deadlock), each leg is a debit and a credit of the same amount, a balance
 * may not go below zero unless its account allows it.
 */
final class Postings {
    record Leg(String from, String to, long amount) {
    }

    private Postings() {
    }

    static Receipt post(EntityManager em, TransactionEntity tx, List<Leg> legs) {
        return post(em, tx, legs, null);
    }

    /**
     * As {@link #post(EntityManager, TransactionEntity, List)}, the first leg's paying account having to belong to
     * {@code payer} (404 otherwise, as if it did not exist); checked on the locked row, so it costs no extra read.
     */
    static Receipt post(EntityManager em, TransactionEntity tx, List<Leg> legs, String payer) {
        // the transaction row first: entries refer to it, and a concurrent use of its key fails here, before any lock
        em.flush();
        Map<String, AccountEntity> locked = new java.util.TreeMap<>();
        legs.forEach(l -> {
            locked.put(l.from(), null);
            locked.put(l.to(), null);
        });
        // one statement locks them all; rows are locked as the sort returns them, so in id order
        em.createQuery("SELECT a FROM AccountEntity a WHERE a.id IN :ids ORDER BY a.id", AccountEntity.class)
                .setParameter("ids", List.copyOf(locked.keySet())).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(a -> locked.put(a.id, a));
        String paying = legs.get(0).from();
        if (payer != null && (locked.get(paying) == null || !payer.equals(locked.get(paying).ownerId))) {
            throw ApiException.notFound("account");
        }
        locked.forEach((id, a) -> {
            if (a == null) {
                throw invalid("no such account " + id);
            }
        });
        List<Receipt.Entry> entries = new ArrayList<>();
        int position = 0;
        for (Leg l : legs) {
            AccountEntity from = locked.get(l.from());
            AccountEntity to = locked.get(l.to());
            if (!from.currency.equals(to.currency)) {
                throw invalid("the accounts hold " + from.currency + " and " + to.currency + "; exchange instead");
            }
            if (from.balance - l.amount() < 0 && !from.allowNegative) {
                throw new ApiException(ErrorCode.CONFLICT, "Insufficient funds: the balance is " + from.balance + " "
                        + from.currency, Map.of("balance", from.balance, "amount", l.amount()));
            }
            from.balance -= l.amount();
            to.balance += l.amount();
            entries.add(entry(em, tx, from, -l.amount(), position++));
            entries.add(entry(em, tx, to, l.amount(), position++));
        }
        return new Receipt(tx.id, tx.kind, tx.memo, entries, tx.createdAt.toInstant(), false);
    }

    private static Receipt.Entry entry(EntityManager em, TransactionEntity tx, AccountEntity a, long amount, int pos) {
        EntryEntity e = new EntryEntity();
        e.id = UUID.randomUUID().toString();
        e.transactionId = tx.id;
        e.accountId = a.id;
        e.currency = a.currency;
        e.amount = amount;
        e.position = pos;
        e.createdAt = tx.createdAt;
        em.persist(e);
        return new Receipt.Entry(a.id, a.currency, amount);
    }

    static TransactionEntity begin(String ownerId, String key, String hash, String kind, String memo) {
        TransactionEntity tx = new TransactionEntity();
        tx.id = UUID.randomUUID().toString();
        tx.ownerId = ownerId;
        tx.idemKey = key;
        tx.requestHash = hash;
        tx.kind = kind;
        tx.memo = memo;
        tx.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return tx;
    }

    static ApiException invalid(String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message);
    }
}
