package org.universo.platformo.economy.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** economy.entries: append-only; negative amounts are debits, positive credits. */
@Entity
@Table(name = "entries", schema = "economy")
public class EntryEntity {
    @Id
    public String id;
    @Column(name = "transaction_id", nullable = false)
    public String transactionId;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Column(nullable = false)
    public String currency;
    public long amount;
    public int position;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
