package org.universo.platformo.metaverse.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** metaverse.spaces: a space's identity and place; its UPDL content is versioned separately. */
@Entity
@Table(name = "spaces", schema = "metaverse")
public class SpaceEntity {
    @Id
    public String id;
    @Column(name = "unik_id", nullable = false)
    public String unikId;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
