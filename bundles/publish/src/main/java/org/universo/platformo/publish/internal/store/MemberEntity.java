package org.universo.platformo.publish.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** publication.project_members: owner, editor or viewer of a project. */
@Entity
@Table(name = "project_members", schema = "publication")
@IdClass(Key.Member.class)
public class MemberEntity {
    @Id
    @Column(name = "container_id")
    public String containerId;
    @Id
    @Column(name = "user_id")
    public String userId;
    @Column(nullable = false)
    public String role;
    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;
}
