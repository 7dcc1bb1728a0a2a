package org.universo.platformo.publish.internal;

import java.util.Optional;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.publish.internal.store.Key;
import org.universo.platformo.publish.internal.store.ProjectEntity;
import org.universo.platformo.publish.internal.store.VersionEntity;

/**
 * Which artifact a request under /p/{slug}/ gets. {@code open}: whether it may be shown without a preview token
 * (a release of a public publication); {@code immutable}: the URL names the version, so the answer never changes.
 */
record Served(String projectId, int version, String artifactHash, boolean open, boolean immutable) {

    /** {@code version} null: the active version. Empty when there is nothing to serve there. */
    static Optional<Served> find(JpaUnit unit, String slug, Integer version) {
        return unit.read(em -> {
            ProjectEntity p = em.createQuery("SELECT p FROM ProjectEntity p WHERE p.slug = :s", ProjectEntity.class)
                    .setParameter("s", slug).getResultList().stream().findFirst().orElse(null);
            Integer number = version == null ? (p == null ? null : p.activeVersion) : version;
            if (p == null || number == null) {
                return Optional.<Served>empty();
            }
            VersionEntity v = em.find(VersionEntity.class, new Key.Numbered(p.id, number));
            if (v == null) {
                return Optional.<Served>empty();
            }
            boolean open = "public".equals(p.visibility) && "release".equals(v.status);
            return Optional.of(new Served(p.id, number, v.artifactHash, open, version != null));
        });
    }
}
