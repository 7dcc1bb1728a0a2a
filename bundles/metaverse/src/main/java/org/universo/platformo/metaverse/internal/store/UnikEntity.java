package org.universo.platformo.metaverse.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** metaverse.uniks */
@Entity
@Table(name = "uniks", schema = "metaverse")
public class UnikEntity {
    @Id
    public String id;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(name = "owner_id", nullable = false)
    public String ownerId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
