package org.universo.platformo.metaverse.internal.store;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** metaverse.metaverse_spaces: a space listed in a metaverse. */
@Entity
@Table(name = "metaverse_spaces", schema = "metaverse")
@IdClass(ListedSpaceEntity.Key.class)
public class ListedSpaceEntity {
    @Id
    @Column(name = "metaverse_id")
    public String metaverseId;
    @Id
    @Column(name = "space_id")
    public String spaceId;
    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    /** (metaverse id, space id) */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String metaverseId;
        public String spaceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.metaverseId, metaverseId) && Objects.equals(k.spaceId, spaceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(metaverseId, spaceId);
        }
    }
}
