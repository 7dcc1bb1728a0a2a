package org.universo.platformo.auth.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** auth.handoffs: a one-time code that signs its user in once, before it expires. */
@Entity
@Table(name = "handoffs", schema = "auth")
public class HandoffEntity {
    @Id
    @Column(name = "code_hash", length = 64)
    public String codeHash;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;
}
