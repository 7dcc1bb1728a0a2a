package org.universo.platformo.template.engine.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** build.jobs: one build request and its progress; claimed by a worker by moving status queued → running. */
@Entity
@Table(name = "jobs", schema = "build")
public class JobEntity {
    @Id
    public String id;
    @Column(nullable = false)
    public String status;
    @Column(name = "space_id", nullable = false)
    public String spaceId;
    @Column(name = "space_version", nullable = false)
    public int spaceVersion;
    @Column(name = "template_id", nullable = false)
    public String templateId;
    @Column(name = "template_version")
    public String templateVersion;
    @Lob
    @Column(nullable = false)
    public String settings;
    @Column(nullable = false)
    public String profile;
    @Column(name = "input_hash")
    public String inputHash;
    @Column(nullable = false)
    public boolean cached;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;
    public String error;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
