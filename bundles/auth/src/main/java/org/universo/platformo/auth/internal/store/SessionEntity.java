package org.universo.platformo.auth.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** auth.sessions: one sign-in, the family every rotated refresh token of it belongs to. */
@Entity
@Table(name = "sessions", schema = "auth")
public class SessionEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Column(nullable = false)
    public String provider;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revoked_reason")
    public String revokedReason;
}
