package org.universo.platformo.resources.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.resources.BomLine;
import org.universo.platformo.resources.Inputs;
import org.universo.platformo.resources.ResourceVersion;
import org.universo.platformo.resources.internal.store.BomEntity;
import org.universo.platformo.resources.internal.store.ResourceEntity;
import org.universo.platformo.resources.internal.store.VersionEntity;

/**
 * Versions (their parts: {@link BillOfMaterials}). Drafts change; publishing freezes a version (its parts must be published
 * first, so a published tree never changes under it); deprecating marks it as not for new use.
 */
final class Versions {
    private final JpaUnit unit;
    private final Units units;

    Versions(JpaUnit unit, Units units) {
        this.unit = unit;
        this.units = units;
    }

    ResourceVersion create(AuthPrincipal user, String resourceId, Inputs.VersionCreate in) {
        return unit.tx(em -> {
            ResourceEntity r = Access.writable(em, user, resourceId);
            knownUnit(in.unit(), "/unit");
            if (!em.createQuery("SELECT v FROM VersionEntity v WHERE v.resourceId = :r AND v.version = :v",
                    VersionEntity.class).setParameter("r", r.id).setParameter("v", in.version()).getResultList().isEmpty()) {
                throw ApiException.conflict("Version " + in.version() + " of " + r.code + " exists");
            }
            VersionEntity v = new VersionEntity();
            v.id = UUID.randomUUID().toString();
            v.resourceId = r.id;
            v.version = in.version();
            v.status = "draft";
            v.unit = in.unit();
            v.massKg = in.massKg() == null ? 0 : in.massKg();
            v.volumeM3 = in.volumeM3() == null ? 0 : in.volumeM3();
            v.cost = in.cost() == null ? 0 : in.cost();
            v.createdBy = user.userId();
            v.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            em.persist(v);
            return view(em, v, List.of());
        });
    }

    List<ResourceVersion> list(String resourceId) {
        return unit.read(em -> {
            if (em.find(ResourceEntity.class, resourceId) == null) {
                throw ApiException.notFound("resource");
            }
            return em.createQuery("SELECT v FROM VersionEntity v WHERE v.resourceId = :r ORDER BY v.createdAt, v.id",
                    VersionEntity.class).setParameter("r", resourceId).getResultList().stream()
                    .map(v -> view(em, v, List.of())).toList();
        });
    }

    ResourceVersion get(String id) {
        return unit.read(em -> view(em, find(em, id), lines(em, id)));
    }

    ResourceVersion patch(AuthPrincipal user, String id, Inputs.VersionPatch in) {
        return unit.tx(em -> {
            VersionEntity v = draft(em, user, id);
            if (in.unit() != null) {
                knownUnit(in.unit(), "/unit");
                v.unit = in.unit();
            }
            v.massKg = in.massKg() == null ? v.massKg : in.massKg();
            v.volumeM3 = in.volumeM3() == null ? v.volumeM3 : in.volumeM3();
            v.cost = in.cost() == null ? v.cost : in.cost();
            return view(em, v, lines(em, id));
        });
    }

    ResourceVersion publish(AuthPrincipal user, String id) {
        return unit.tx(em -> {
            VersionEntity v = draft(em, user, id);
            List<BomEntity> bom = lines(em, id);
            for (BomEntity line : bom) {
                VersionEntity child = em.find(VersionEntity.class, line.childVersionId);
                if (!"published".equals(child.status)) {
                    throw ApiException.conflict("Publish the part " + label(em, child) + " first (it is " + child.status
                            + ")");
                }
            }
            v.status = "published";
            v.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return view(em, v, bom);
        });
    }

    ResourceVersion deprecate(AuthPrincipal user, String id) {
        return unit.tx(em -> {
            VersionEntity v = find(em, id);
            Access.writable(em, user, v.resourceId);
            if (!"published".equals(v.status)) {
                throw ApiException.conflict("Only a published version can be deprecated; this one is " + v.status);
            }
            v.status = "deprecated";
            return view(em, v, lines(em, id));
        });
    }

    /** {@code choices}: alternative group → child version id to use instead of the group's first line. */
    org.universo.platformo.resources.Aggregates aggregates(String id, Map<String, String> choices) {
        return unit.read(em -> new Totals(em, units, choices).of(find(em, id)));
    }

    static VersionEntity draft(EntityManager em, AuthPrincipal user, String id) {
        VersionEntity v = find(em, id);
        Access.writable(em, user, v.resourceId);
        if (!"draft".equals(v.status)) {
            throw ApiException.conflict("Version " + v.version + " is " + v.status + " and cannot change; make a new "
                    + "version");
        }
        return v;
    }

    static VersionEntity find(EntityManager em, String id) {
        VersionEntity v = em.find(VersionEntity.class, id);
        if (v == null) {
            throw ApiException.notFound("resource version");
        }
        return v;
    }

    static List<BomEntity> lines(EntityManager em, String versionId) {
        return em.createQuery("SELECT b FROM BomEntity b WHERE b.parentVersionId = :p ORDER BY b.position, b.id",
                BomEntity.class).setParameter("p", versionId).getResultList();
    }

    String knownUnit(String code, String pointer) {
        return units.find(code).orElseThrow(() -> invalid(pointer, "unknown unit " + code)).dimension();
    }

    static String label(EntityManager em, VersionEntity v) {
        return em.find(ResourceEntity.class, v.resourceId).code + "@" + v.version;
    }

    static ApiException invalid(String pointer, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "Invalid bill of materials line: " + message,
                Map.of("errors", List.of(Map.of("pointer", pointer, "message", message))));
    }

    static ResourceVersion view(EntityManager em, VersionEntity v, List<BomEntity> bom) {
        ResourceEntity r = em.find(ResourceEntity.class, v.resourceId);
        return new ResourceVersion(v.id, v.resourceId, r.code, v.version, v.status, v.unit, v.massKg, v.volumeM3,
                v.cost, bom.stream().map(b -> {
                    VersionEntity c = em.find(VersionEntity.class, b.childVersionId);
                    return new BomLine(b.id, c.id, em.find(ResourceEntity.class, c.resourceId).code, c.version, b.qty,
                            b.unit, b.optional, b.altGroup, b.position);
                }).toList(), v.createdBy, v.createdAt.toInstant(),
                v.publishedAt == null ? null : v.publishedAt.toInstant());
    }
}
