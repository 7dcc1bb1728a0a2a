package org.universo.platformo.publish.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.universo.platformo.publish.AuditEntry;
import org.universo.platformo.publish.internal.store.AuditEntity;

/** The audit trail of publication actions, written in the same transaction as the action itself. */
final class Audit {
    private Audit() {
    }

    static void record(EntityManager em, String projectId, String user, String action, String details) {
        AuditEntity a = new AuditEntity();
        a.id = UUID.randomUUID().toString();
        a.projectId = projectId;
        a.at = OffsetDateTime.now();
        a.userId = user;
        a.action = action;
        a.details = details;
        em.persist(a);
    }

    static List<AuditEntry> list(EntityManager em, String projectId, int offset, int limit) {
        return em.createQuery("SELECT a FROM AuditEntity a WHERE a.projectId = :p ORDER BY a.at DESC, a.id",
                AuditEntity.class).setParameter("p", projectId).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(a -> new AuditEntry(a.at.toInstant(), a.userId, a.action, a.details))
                .toList();
    }
}
