package org.universo.platformo.economy.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** economy.transactions: one per idempotency key and owner. */
@Entity
@Table(name = "transactions", schema = "economy")
public class TransactionEntity {
    @Id
    public String id;
    @Column(name = "owner_id", nullable = false)
    public String ownerId;
    @Column(name = "idem_key", nullable = false)
    public String idemKey;
    @Column(name = "request_hash", nullable = false)
    public String requestHash;
    @Column(nullable = false)
    public String kind;
    public String memo;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
