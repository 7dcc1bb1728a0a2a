package org.universo.platformo.economy.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** economy.accounts */
@Entity
@Table(name = "accounts", schema = "economy")
public class AccountEntity {
    @Id
    public String id;
    @Column(name = "owner_id")
    public String ownerId;
    @Column(nullable = false)
    public String currency;
    @Column(nullable = false)
    public String kind;
    @Column(name = "allow_negative")
    public boolean allowNegative;
    public long balance;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
