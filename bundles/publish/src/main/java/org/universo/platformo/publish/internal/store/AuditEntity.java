package org.universo.platformo.publish.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** publication.audit: who did what to a project, and when. */
@Entity
@Table(name = "audit", schema = "publication")
public class AuditEntity {
    @Id
    public String id;
    @Column(name = "project_id", nullable = false)
    public String projectId;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Column(nullable = false)
    public String action;
    public String details;
}
