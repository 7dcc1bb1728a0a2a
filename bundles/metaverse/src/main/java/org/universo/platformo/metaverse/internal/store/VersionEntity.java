package org.universo.platformo.metaverse.internal.store;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/** metaverse.space_versions: an immutable snapshot of a space's graph. */
@Entity
@Table(name = "space_versions", schema = "metaverse")
@IdClass(VersionEntity.Key.class)
public class VersionEntity {
    @Id
    @Column(name = "space_id")
    public String spaceId;
    @Id
    public int version;
    public String label;
    public String comment;
    @Lob
    @Column(nullable = false)
    public String graph;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** (space id, version) */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String spaceId;
        public int version;

        public Key() {
        }

        public Key(String spaceId, int version) {
            this.spaceId = spaceId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.spaceId, spaceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(spaceId, version);
        }
    }
}
