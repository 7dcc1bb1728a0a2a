package org.universo.platformo.metaverse.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** metaverse.metaverse_links: a directed link between two metaverses, child or partner. */
@Entity
@Table(name = "metaverse_links", schema = "metaverse")
public class LinkEntity {
    @Id
    public String id;
    @Column(name = "source_id", nullable = false)
    public String sourceId;
    @Column(name = "target_id", nullable = false)
    public String targetId;
    @Column(nullable = false)
    public String kind;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
