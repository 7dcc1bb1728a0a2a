package org.universo.platformo.resources.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** resources.resource_versions */
@Entity
@Table(name = "resource_versions", schema = "resources")
public class VersionEntity {
    @Id
    public String id;
    @Column(name = "resource_id", nullable = false)
    public String resourceId;
    public String version;
    public String status;
    @Column(name = "unit_code", nullable = false)
    public String unit;
    @Column(name = "mass_kg")
    public double massKg;
    @Column(name = "volume_m3")
    public double volumeM3;
    @Column(name = "cost_minor")
    public long cost;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
