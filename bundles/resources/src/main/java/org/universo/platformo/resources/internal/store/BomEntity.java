package org.universo.platformo.resources.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** resources.resource_bom: one part of a version. */
@Entity
@Table(name = "resource_bom", schema = "resources")
public class BomEntity {
    @Id
    public String id;
    @Column(name = "parent_version_id", nullable = false)
    public String parentVersionId;
    @Column(name = "child_version_id", nullable = false)
    public String childVersionId;
    public double qty;
    @Column(name = "unit_code", nullable = false)
    public String unit;
    public boolean optional;
    @Column(name = "alt_group")
    public String altGroup;
    public int position;
}
