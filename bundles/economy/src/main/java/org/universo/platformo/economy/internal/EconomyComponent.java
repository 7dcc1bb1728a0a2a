package org.universo.platformo.economy.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Ledger;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.economy.internal.store.AccountEntity;
import org.universo.platformo.economy.internal.store.CurrencyEntity;
import org.universo.platformo.economy.internal.store.EntryEntity;
import org.universo.platformo.economy.internal.store.RateEntity;
import org.universo.platformo.economy.internal.store.TransactionEntity;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.UnitOption;

/** Owns the economy schema and is the {@link Ledger}. */
@Component(service = {Ledger.class, EconomyComponent.class})
public final class EconomyComponent implements Ledger {
    static final List<Class<?>> ENTITIES = List.of(CurrencyEntity.class, AccountEntity.class, TransactionEntity.class,
            EntryEntity.class, RateEntity.class);
    private final JpaUnit unit;
    private final Idempotent once;

    @Activate
    public EconomyComponent(@Reference Database db) {
        db.migrate("economy", EconomyComponent.class);
        // a transfer's two balances and two entries go out as two round trips, not four
        this.unit = db.openUnit("economy", ENTITIES, Set.of(UnitOption.BATCHED_WRITES));
        this.once = new Idempotent(unit);
        unit.txRun(em -> em.createQuery("SELECT c FROM CurrencyEntity c", CurrencyEntity.class).getResultList()
                .forEach(c -> {
                    systemAccount(em, "exchange-" + c.code, c.code, "exchange");
                    systemAccount(em, "issue-" + c.code, c.code, "system");
                }));
    }

    @Deactivate
    void deactivate() {
        unit.close();
    }

    @Override
    public Account open(String ownerId, String currency) {
        return unit.tx(em -> {
            if (em.find(CurrencyEntity.class, currency) == null) {
                throw Postings.invalid("unknown currency " + currency);
            }
            AccountEntity a = new AccountEntity();
            a.id = UUID.randomUUID().toString();
            a.ownerId = ownerId;
            a.currency = currency;
            a.kind = "user";
            a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            em.persist(a);
            return view(a);
        });
    }

    @Override
    public void define(String code, String name, int minorUnits) {
        if (code == null || !code.matches("[A-Z0-9]{2,8}") || minorUnits < 0 || minorUnits > 6 || name == null
                || name.isBlank() || name.length() > 100) {
            throw Postings.invalid("a currency code is 2 to 8 capital letters or digits, with 0 to 6 minor units and a "
                    + "name");
        }
        try {
            defineOnce(code, name, minorUnits);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException raced) {
            // another node defined it at the same moment: fine if it agrees
            defineOnce(code, name, minorUnits);
        }
    }

    private void defineOnce(String code, String name, int minorUnits) {
        unit.txRun(em -> {
            CurrencyEntity c = em.find(CurrencyEntity.class, code);
            if (c != null) {
                if (c.minorUnits != minorUnits) {
                    throw ApiException.conflict(code + " exists with " + c.minorUnits + " minor units");
                }
                return;
            }
            c = new CurrencyEntity();
            c.code = code;
            c.name = name;
            c.minorUnits = minorUnits;
            em.persist(c);
            em.flush();
            systemAccount(em, "exchange-" + code, code, "exchange");
            systemAccount(em, "issue-" + code, code, "system");
        });
    }

    @Override
    public List<Account> accounts(String ownerId) {
        return unit.read(em -> em.createQuery("SELECT a FROM AccountEntity a WHERE a.ownerId = :o ORDER BY a.createdAt, "
                + "a.id", AccountEntity.class).setParameter("o", ownerId).getResultList().stream().map(this::view).toList());
    }

    @Override
    public Account account(String ownerId, String accountId) {
        return unit.read(em -> view(mine(em, ownerId, accountId)));
    }

    @Override
    public Receipt transfer(String ownerId, String key, Inputs.Transfer t) {
        positive(t.amount());
        return once.run(ownerId, key, "transfer|" + t, (em, hash) -> {
            if (t.fromAccountId() == null) {
                throw ApiException.notFound("account");
            }
            if (t.toAccountId() == null || t.fromAccountId().equals(t.toAccountId())) {
                throw Postings.invalid(t.toAccountId() == null ? "toAccountId is required"
                        : "an account cannot pay itself");
            }
            TransactionEntity tx = Postings.begin(ownerId, key, hash, "transfer", t.memo());
            em.persist(tx);
            return Postings.post(em, tx, List.of(new Postings.Leg(t.fromAccountId(), t.toAccountId(), t.amount())),
                    ownerId);
        });
    }

    @Override
    public Receipt exchange(String ownerId, String key, Inputs.Exchange x) {
        positive(x.amount());
        return once.run(ownerId, key, "exchange|" + x, (em, hash) -> {
            AccountEntity from = mine(em, ownerId, x.fromAccountId());
            AccountEntity to = mine(em, ownerId, x.toAccountId());
            RateEntity rate = em.find(RateEntity.class, key(from.currency, to.currency));
            if (rate == null) {
                throw Postings.invalid("no rate from " + from.currency + " to " + to.currency);
            }
            long received = Math.multiplyExact(x.amount(), rate.num) / rate.den;
            if (received <= 0) {
                throw Postings.invalid("the amount buys nothing at " + rate.num + "/" + rate.den);
            }
            TransactionEntity tx = Postings.begin(ownerId, key, hash, "exchange", null);
            em.persist(tx);
            return Postings.post(em, tx, List.of(new Postings.Leg(from.id, "exchange-" + from.currency, x.amount()),
                    new Postings.Leg("exchange-" + to.currency, to.id, received)));
        });
    }

    @Override
    public Receipt issue(String actorId, String key, String accountId, Inputs.Issue i) {
        positive(i.amount());
        return once.run(actorId, key, "issue|" + accountId + "|" + i, (em, hash) -> {
            AccountEntity to = em.find(AccountEntity.class, accountId);
            if (to == null) {
                throw ApiException.notFound("account");
            }
            TransactionEntity tx = Postings.begin(actorId, key, hash, "issue", i.memo());
            em.persist(tx);
            return Postings.post(em, tx, List.of(new Postings.Leg("issue-" + to.currency, to.id, i.amount())));
        });
    }

    @Override
    public List<Receipt> history(String ownerId, String accountId, int offset, int limit) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw ApiException.badRequest("limit is 1..200 and offset at least 0");
        }
        return unit.read(em -> {
            mine(em, ownerId, accountId);
            return em.createQuery("SELECT DISTINCT t FROM TransactionEntity t, EntryEntity e WHERE e.transactionId = t.id "
                    + "AND e.accountId = :a ORDER BY t.createdAt DESC, t.id DESC", TransactionEntity.class)
                    .setParameter("a", accountId).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(t -> Idempotent.receipt(em, t, false)).toList();
        });
    }

    /** Sum of all entries per currency: zero when the books balance (the double-entry invariant). */
    long imbalance(String currency) {
        return unit.read(em -> {
            Number n = em.createQuery("SELECT COALESCE(SUM(e.amount), 0) FROM EntryEntity e WHERE e.currency = :c",
                    Number.class).setParameter("c", currency).getSingleResult();
            return n.longValue();
        });
    }

    private static AccountEntity mine(EntityManager em, String ownerId, String id) {
        AccountEntity a = id == null ? null : em.find(AccountEntity.class, id);
        if (a == null || !ownerId.equals(a.ownerId)) {
            throw ApiException.notFound("account");
        }
        return a;
    }

    private static void positive(long amount) {
        if (amount <= 0) {
            throw Postings.invalid("amount must be above zero, in minor units");
        }
    }

    private static RateEntity.Key key(String from, String to) {
        RateEntity.Key k = new RateEntity.Key();
        k.from = from;
        k.to = to;
        return k;
    }

    private static void systemAccount(EntityManager em, String id, String currency, String kind) {
        if (em.find(AccountEntity.class, id) == null) {
            AccountEntity a = new AccountEntity();
            a.id = id;
            a.currency = currency;
            a.kind = kind;
            a.allowNegative = true;
            a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            em.persist(a);
        }
    }

    private Account view(AccountEntity a) {
        return new Account(a.id, a.ownerId, a.currency, a.kind, a.allowNegative, a.balance, a.createdAt.toInstant());
    }
}
