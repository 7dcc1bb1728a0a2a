package org.universo.platformo.auth.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** auth.refresh_tokens: only the SHA-256 of each opaque token is stored. */
@Entity
@Table(name = "refresh_tokens", schema = "auth")
public class RefreshTokenEntity {
    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;
    @Column(name = "session_id", nullable = false)
    public String sessionId;
    @Column(name = "parent_hash")
    public String parentHash;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "rotated_at")
    public OffsetDateTime rotatedAt;
}
