package org.universo.platformo.resources.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.resources.Inputs;
import org.universo.platformo.resources.Resource;
import org.universo.platformo.resources.ResourcePage;
import org.universo.platformo.resources.internal.store.ResourceEntity;

/**
 * Catalog entries. Every signed-in user reads the catalog (it is the shared vocabulary of worlds); an entry is
 * changed or removed only by whoever created it or an administrator.
 */
final class Catalog {
    static final int MAX_LIMIT = 200;

    private final JpaUnit unit;

    Catalog(JpaUnit unit) {
        this.unit = unit;
    }

    Resource create(AuthPrincipal user, Inputs.ResourceCreate in) {
        return unit.tx(em -> {
            if (byCode(em, in.code()) != null) {
                throw ApiException.conflict("A resource with code " + in.code() + " exists");
            }
            ResourceEntity e = new ResourceEntity();
            e.id = UUID.randomUUID().toString();
            e.code = in.code();
            e.name = in.name().trim();
            e.category = in.category();
            e.description = in.description();
            e.createdBy = user.userId();
            e.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            e.updatedAt = e.createdAt;
            em.persist(e);
            return view(e);
        });
    }

    Resource get(String id) {
        return unit.read(em -> {
            ResourceEntity e = em.find(ResourceEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("resource");
            }
            return view(e);
        });
    }

    /** Entries whose code or name contains {@code q} (any case), optionally of one category, by name. */
    ResourcePage search(String q, String category, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("offset >= 0; limit 1.." + MAX_LIMIT);
        }
        String like = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String c = category == null || category.isBlank() ? null : category;
        /* Conditions only for what was asked: PostgreSQL cannot type a null parameter in ":q IS NULL". */
        String where = " WHERE 1 = 1" + (like == null ? "" : " AND (LOWER(r.name) LIKE :q ESCAPE '\\' OR LOWER(r.code) "
                + "LIKE :q ESCAPE '\\')") + (c == null ? "" : " AND r.category = :c");
        return unit.read(em -> {
            TypedQuery<ResourceEntity> page = em.createQuery("SELECT r FROM ResourceEntity r" + where
                    + " ORDER BY r.name, r.id", ResourceEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ResourceEntity r" + where, Long.class);
            for (TypedQuery<?> query : java.util.List.of(page, count)) {
                if (like != null) {
                    query.setParameter("q", like);
                }
                if (c != null) {
                    query.setParameter("c", c);
                }
            }
            return new ResourcePage(page.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(Catalog::view).toList(), count.getSingleResult(), offset, limit);
        });
    }

    Resource patch(AuthPrincipal user, String id, Inputs.ResourcePatch in) {
        return unit.tx(em -> {
            ResourceEntity e = Access.writable(em, user, id);
            if (in.name() != null) {
                e.name = in.name().trim();
            }
            if (in.category() != null) {
                e.category = in.category();
            }
            if (in.description() != null) {
                e.description = in.description();
            }
            e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return view(e);
        });
    }

    /** Refused while another resource's bill of materials uses one of its versions. */
    void delete(AuthPrincipal user, String id) {
        unit.txRun(em -> {
            ResourceEntity e = Access.writable(em, user, id);
            Long used = em.createQuery("SELECT COUNT(b) FROM BomEntity b, VersionEntity c, VersionEntity p WHERE "
                    + "b.childVersionId = c.id AND c.resourceId = :r AND b.parentVersionId = p.id AND p.resourceId <> :r",
                    Long.class).setParameter("r", id).getSingleResult();
            if (used > 0) {
                throw ApiException.conflict(e.code + " is a part of " + used + " bill(s) of materials; remove it there "
                        + "first");
            }
            em.createQuery("DELETE FROM BomEntity b WHERE b.parentVersionId IN (SELECT v.id FROM VersionEntity v "
                    + "WHERE v.resourceId = :r)").setParameter("r", id).executeUpdate();
            em.createQuery("DELETE FROM VersionEntity v WHERE v.resourceId = :r").setParameter("r", id).executeUpdate();
            em.remove(e);
        });
    }

    private static ResourceEntity byCode(EntityManager em, String code) {
        return em.createQuery("SELECT r FROM ResourceEntity r WHERE r.code = :c", ResourceEntity.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    static Resource view(ResourceEntity e) {
        return new Resource(e.id, e.code, e.name, e.category, e.description, e.createdBy, e.createdAt.toInstant(),
                e.updatedAt.toInstant());
    }
}
