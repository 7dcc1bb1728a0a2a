package org.universo.platformo.publish.internal;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.publish.Inputs;
import org.universo.platformo.publish.Lead;
import org.universo.platformo.publish.internal.store.LeadEntity;
import org.universo.platformo.publish.internal.store.ProjectEntity;

/**
 * Leads from published apps. Anyone may send one to an existing publication, at most {@code PER_MINUTE} per sender
 * address and publication (per node), so a form cannot be used to flood the table; editors read them.
 */
final class Leads {
    static final int PER_MINUTE = 10;
    private static final int TRACKED = 10_000;

    private final JpaUnit unit;
    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>(16, 0.75f, true);

    Leads(JpaUnit unit) {
        this.unit = unit;
    }

    /**
     * Keeps a lead for the app {@code slug}. Anyone may send one without signing in, so the answer is the same whether
     * the app exists or not (no oracle of which slugs exist, private ones included); for no app nothing is kept.
     */
    void submit(String slug, String sender, Inputs.LeadSubmit in) {
        admit(slug + "|" + sender);
        unit.txRun(em -> {
            ProjectEntity p = em.createQuery("SELECT p FROM ProjectEntity p WHERE p.slug = :s", ProjectEntity.class)
                    .setParameter("s", slug).getResultList().stream().findFirst().orElse(null);
            if (p == null) {
                return;
            }
            LeadEntity l = new LeadEntity();
            l.id = UUID.randomUUID().toString();
            l.projectId = p.id;
            l.at = OffsetDateTime.now();
            l.name = in.name();
            l.email = in.email();
            l.phone = in.phone();
            l.points = in.points();
            em.persist(l);
        });
    }

    List<Lead> list(String user, String projectId, int offset, int limit) {
        return unit.read(em -> {
            Access.require(em, projectId, user, Access.EDITOR);
            return em.createQuery("SELECT l FROM LeadEntity l WHERE l.projectId = :p ORDER BY l.at DESC, l.id",
                    LeadEntity.class).setParameter("p", projectId).setFirstResult(offset).setMaxResults(limit)
                    .getResultList().stream().map(l -> new Lead(l.id, l.at.toInstant(), l.name, l.email, l.phone,
                            l.points)).toList();
        });
    }

    private synchronized void admit(String key) {
        long now = System.currentTimeMillis();
        Deque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() < now - 60_000) {
            times.pollFirst();
        }
        if (times.size() >= PER_MINUTE) {
            long wait = Math.max(1, (times.peekFirst() + 60_000 - now) / 1000);
            throw new ApiException(ErrorCode.RATE_LIMITED, "Too many leads from here; try again later",
                    Map.of("retryAfterSeconds", wait));
        }
        times.addLast(now);
        if (recent.size() > TRACKED) {
            recent.remove(recent.keySet().iterator().next());
        }
    }
}
