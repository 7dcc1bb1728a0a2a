package org.universo.platformo.publish.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** publication.versions: a numbered version of a project pointing at an immutable build artifact. */
@Entity
@Table(name = "versions", schema = "publication")
@IdClass(Key.Numbered.class)
public class VersionEntity {
    @Id
    @Column(name = "project_id")
    public String projectId;
    @Id
    public int number;
    @Column(nullable = false)
    public String status;
    @Column(name = "artifact_hash", nullable = false)
    public String artifactHash;
    @Column(name = "build_id", nullable = false)
    public String buildId;
    @Column(name = "template_id", nullable = false)
    public String templateId;
    @Column(name = "template_version", nullable = false)
    public String templateVersion;
    @Column(name = "space_version", nullable = false)
    public int spaceVersion;
    public String label;
    public String notes;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
