package org.universo.platformo.publish.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** publication.projects: a space published at /p/{slug}; {@code activeVersion} is what the slug serves. */
@Entity
@Table(name = "projects", schema = "publication")
public class ProjectEntity {
    @Id
    public String id;
    @Column(nullable = false)
    public String slug;
    @Column(name = "space_id", nullable = false)
    public String spaceId;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String visibility;
    @Column(name = "active_version")
    public Integer activeVersion;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
