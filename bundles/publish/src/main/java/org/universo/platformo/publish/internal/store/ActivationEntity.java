package org.universo.platformo.publish.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** publication.activations: the history of what a project served, so a rollback knows what came before. */
@Entity
@Table(name = "activations", schema = "publication")
@IdClass(Key.Numbered.class)
public class ActivationEntity {
    @Id
    @Column(name = "project_id")
    public String projectId;
    @Id
    @Column(name = "seq")
    public int number;
    @Column(nullable = false)
    public int version;
    @Column(name = "by_user", nullable = false)
    public String byUser;
    @Column(nullable = false)
    public OffsetDateTime at;
}
