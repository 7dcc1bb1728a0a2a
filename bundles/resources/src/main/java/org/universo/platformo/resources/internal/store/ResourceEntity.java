package org.universo.platformo.resources.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** resources.resources: a catalog entry. */
@Entity
@Table(name = "resources", schema = "resources")
public class ResourceEntity {
    @Id
    public String id;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String category;
    public String description;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
