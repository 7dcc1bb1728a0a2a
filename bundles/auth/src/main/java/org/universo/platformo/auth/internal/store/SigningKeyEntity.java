package org.universo.platformo.auth.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** auth.signing_keys: the generated HS256 secret used when none is configured. */
@Entity
@Table(name = "signing_keys", schema = "auth")
public class SigningKeyEntity {
    @Id
    public String id;
    @Column(nullable = false)
    public String secret;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
