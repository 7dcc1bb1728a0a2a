package org.universo.platformo.publish.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** publication.preview_tokens: SHA-256 of a preview link's token; the token itself is never stored. */
@Entity
@Table(name = "preview_tokens", schema = "publication")
public class PreviewTokenEntity {
    @Id
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "project_id", nullable = false)
    public String projectId;
    @Column(nullable = false)
    public int version;
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
