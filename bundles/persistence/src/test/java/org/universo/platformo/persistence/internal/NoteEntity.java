package org.universo.platformo.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A minimal entity for the sample schema; its table name is bound per test through the schema. */
@Entity
@Table(name = "notes")
public class NoteEntity {
    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(name = "created_at", nullable = false)
    public java.time.OffsetDateTime createdAt;

    @Column(nullable = false)
    public int rank;
}
