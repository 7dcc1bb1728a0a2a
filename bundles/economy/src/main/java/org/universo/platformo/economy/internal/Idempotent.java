package org.universo.platformo.economy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.economy.internal.store.EntryEntity;
import org.universo.platformo.economy.internal.store.TransactionEntity;
import org.universo.platformo.persistence.JpaUnit;

/**
 * Runs a write once per (owner, key): a key seen before answers its first receipt when the request is the same and 409
 * when it differs, whatever the write would say now. Two concurrent first uses of a key race on the unique index; the
 * loser reads the winner's receipt.
 */
final class Idempotent {
    private final JpaUnit unit;

    Idempotent(JpaUnit unit) {
        this.unit = unit;
    }

    Receipt run(String ownerId, String key, String request, BiFunction<EntityManager, String, Receipt> write) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw ApiException.badRequest("An Idempotency-Key of 1..100 characters is required for every write");
        }
        String hash = sha256(request);
        // most keys are new: the write goes first and a used key fails on the unique index as its row is inserted,
        // before any lock; only then is the earlier receipt looked up (one statement less for every first use)
        try {
            return unit.tx(em -> write.apply(em, hash));
        } catch (RuntimeException e) {
            Receipt raced = unit.read(em -> previous(em, ownerId, key, hash));
            if (raced != null) {
                return raced;
            }
            throw e;
        }
    }

    private static Receipt previous(EntityManager em, String ownerId, String key, String hash) {
        List<TransactionEntity> found = em.createQuery("SELECT t FROM TransactionEntity t WHERE t.ownerId = :o AND "
                + "t.idemKey = :k", TransactionEntity.class).setParameter("o", ownerId).setParameter("k", key)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        TransactionEntity t = found.get(0);
        if (!t.requestHash.equals(hash)) {
            throw ApiException.conflict("Idempotency-Key " + key + " was used for another request");
        }
        return receipt(em, t, true);
    }

    static Receipt receipt(EntityManager em, TransactionEntity t, boolean replayed) {
        List<Receipt.Entry> entries = em.createQuery("SELECT e FROM EntryEntity e WHERE e.transactionId = :t ORDER BY "
                + "e.position", EntryEntity.class).setParameter("t", t.id).getResultList().stream()
                .map(e -> new Receipt.Entry(e.accountId, e.currency, e.amount)).toList();
        return new Receipt(t.id, t.kind, t.memo, entries, t.createdAt.toInstant(), replayed);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
