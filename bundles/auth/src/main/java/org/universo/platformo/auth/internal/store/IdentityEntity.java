package org.universo.platformo.auth.internal.store;

import java.io.Serializable;
import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** auth.identities: an external provider's subject linked to a platform user. */
@Entity
@Table(name = "identities", schema = "auth")
@IdClass(IdentityEntity.Key.class)
public class IdentityEntity {
    @Id
    public String provider;
    @Id
    public String subject;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Composite key (provider, subject). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String provider;
        public String subject;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.provider.equals(provider) && k.subject.equals(subject);
        }

        @Override
        public int hashCode() {
            return provider.hashCode() * 31 + subject.hashCode();
        }
    }
}
