package org.universo.platformo.metaverse.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** metaverse.metaverses */
@Entity
@Table(name = "metaverses", schema = "metaverse")
public class MetaverseEntity {
    @Id
    public String id;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(nullable = false)
    public String visibility;
    @Column(name = "owner_id", nullable = false)
    public String ownerId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
