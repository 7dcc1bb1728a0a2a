package org.universo.platformo.metaverse.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** metaverse.space_drafts: the editable graph of a space; revision guards against lost updates. */
@Entity
@Table(name = "space_drafts", schema = "metaverse")
public class DraftEntity {
    @Id
    @Column(name = "space_id")
    public String spaceId;
    @Column(nullable = false)
    public long revision;
    @Lob
    @Column(nullable = false)
    public String graph;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
