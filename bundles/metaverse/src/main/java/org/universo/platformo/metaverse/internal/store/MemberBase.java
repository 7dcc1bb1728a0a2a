package org.universo.platformo.metaverse.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;

/** A user's role in a container (metaverse or unik): the shape both member tables share. */
@MappedSuperclass
public abstract class MemberBase {
    @Id
    public String containerId;
    @Id
    @Column(name = "user_id")
    public String userId;
    @Column(nullable = false)
    public String role;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
