package org.universo.platformo.publish.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** publication.leads: contact details a visitor left in a published app. */
@Entity
@Table(name = "leads", schema = "publication")
public class LeadEntity {
    @Id
    public String id;
    @Column(name = "project_id", nullable = false)
    public String projectId;
    @Column(nullable = false)
    public OffsetDateTime at;
    public String name;
    public String email;
    public String phone;
    public Integer points;
}
