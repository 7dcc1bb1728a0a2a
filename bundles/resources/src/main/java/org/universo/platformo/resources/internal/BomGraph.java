package org.universo.platformo.resources.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.universo.platformo.resources.internal.store.BomEntity;
import org.universo.platformo.resources.internal.store.VersionEntity;

/**
 * Walks bills of materials downwards. A resource must never contain itself, at any version: a part whose tree
 * reaches the parent's resource would make one.
 */
final class BomGraph {
    private final EntityManager em;

    BomGraph(EntityManager em) {
        this.em = em;
    }

    /**
     * The path from {@code start} down to a version of {@code resourceId} (labels, starting with the parent's
     * resource and ending with it again), or empty when there is none.
     */
    List<String> pathBack(VersionEntity start, String resourceId) {
        Deque<List<VersionEntity>> paths = new ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!paths.isEmpty()) {
            List<VersionEntity> path = paths.poll();
            VersionEntity last = path.get(path.size() - 1);
            if (last.resourceId.equals(resourceId)) {
                List<String> labels = new ArrayList<>();
                labels.add(code(resourceId));
                path.forEach(v -> labels.add(Versions.label(em, v)));
                return labels;
            }
            if (!seen.add(last.id)) {
                continue;
            }
            for (BomEntity line : Versions.lines(em, last.id)) {
                List<VersionEntity> next = new ArrayList<>(path);
                next.add(em.find(VersionEntity.class, line.childVersionId));
                paths.add(next);
            }
        }
        return List.of();
    }

    private String code(String resourceId) {
        return em.find(org.universo.platformo.resources.internal.store.ResourceEntity.class, resourceId).code;
    }
}
