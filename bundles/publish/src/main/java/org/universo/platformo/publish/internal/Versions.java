package org.universo.platformo.publish.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.publish.Inputs;
import org.universo.platformo.publish.Publication;
import org.universo.platformo.publish.PublicationVersion;
import org.universo.platformo.publish.internal.store.ActivationEntity;
import org.universo.platformo.publish.internal.store.Key;
import org.universo.platformo.publish.internal.store.ProjectEntity;
import org.universo.platformo.publish.internal.store.VersionEntity;
import org.universo.platformo.template.build.BuildJob;
import org.universo.platformo.template.build.Builds;

/**
 * Versions of a publication and which one is served. Statuses only move forward (draft → prerelease → release →
 * deprecated); only a release can be activated; activation and rollback move a pointer and keep its history.
 */
final class Versions {
    private static final List<String> ORDER = List.of("draft", "prerelease", "release", "deprecated");

    private final JpaUnit unit;
    private final Builds builds;
    private final Links links;

    Versions(JpaUnit unit, Builds builds, Links links) {
        this.unit = unit;
        this.builds = builds;
        this.links = links;
    }

    PublicationVersion create(String user, String id, Inputs.VersionCreate in) {
        BuildJob job = builds.job(user, in.buildId()).orElseThrow(() -> ApiException.notFound("build"));
        if (!"succeeded".equals(job.status().wire())) {
            throw ApiException.conflict("Only a succeeded build can be published; this one is " + job.status().wire());
        }
        return unit.tx(em -> {
            ProjectEntity p = Access.require(em, id, user, Access.EDITOR);
            em.lock(p, LockModeType.PESSIMISTIC_WRITE);
            if (!p.spaceId.equals(job.spaceId())) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "The build is of another space",
                        Map.of("field", "/buildId"));
            }
            Integer last = em.createQuery("SELECT MAX(v.number) FROM VersionEntity v WHERE v.projectId = :p",
                    Integer.class).setParameter("p", id).getSingleResult();
            VersionEntity v = new VersionEntity();
            v.projectId = id;
            v.number = last == null ? 1 : last + 1;
            v.status = in.status() == null ? "draft" : in.status();
            v.artifactHash = job.inputHash();
            v.buildId = job.id();
            v.templateId = job.templateId();
            v.templateVersion = job.templateVersion();
            v.spaceVersion = job.spaceVersion();
            v.label = in.label();
            v.notes = in.notes();
            v.createdBy = user;
            v.createdAt = OffsetDateTime.now();
            em.persist(v);
            Audit.record(em, id, user, "version", "v" + v.number + " " + v.status + " from build " + job.id()
                    + " (" + job.templateId() + " " + job.templateVersion() + ")");
            return Views.of(links, p, v);
        });
    }

    List<PublicationVersion> list(String user, String id) {
        return unit.read(em -> {
            ProjectEntity p = Access.require(em, id, user, Access.VIEWER);
            return em.createQuery("SELECT v FROM VersionEntity v WHERE v.projectId = :p ORDER BY v.number DESC",
                    VersionEntity.class).setParameter("p", id).getResultList().stream().map(v -> Views.of(links, p, v)).toList();
        });
    }

    PublicationVersion patch(String user, String id, int number, Inputs.VersionPatch in) {
        return unit.tx(em -> {
            ProjectEntity p = Access.require(em, id, user, Access.EDITOR);
            VersionEntity v = find(em, id, number);
            if (in.status() != null && !in.status().equals(v.status)) {
                if (ORDER.indexOf(in.status()) < ORDER.indexOf(v.status)) {
                    throw ApiException.conflict("A " + v.status + " version cannot go back to " + in.status());
                }
                if ("deprecated".equals(in.status()) && Integer.valueOf(number).equals(p.activeVersion)) {
                    throw ApiException.conflict("Activate another version before deprecating the active one");
                }
                Audit.record(em, id, user, "status", "v" + number + " " + v.status + " → " + in.status());
                v.status = in.status();
            }
            v.label = in.label() == null ? v.label : in.label();
            v.notes = in.notes() == null ? v.notes : in.notes();
            return Views.of(links, p, v);
        });
    }

    Publication activate(String user, String id, int number) {
        return unit.tx(em -> {
            ProjectEntity p = lock(em, id, user);
            VersionEntity v = find(em, id, number);
            if (!"release".equals(v.status)) {
                throw ApiException.conflict("Only a release can be activated; v" + number + " is " + v.status);
            }
            point(em, p, number, user, "activate");
            return Views.of(links, p, Access.roleOf(em, id, user));
        });
    }

    /** Serves again the release that was active before the current one (skipping deprecated ones). */
    Publication rollback(String user, String id) {
        return unit.tx(em -> {
            ProjectEntity p = lock(em, id, user);
            List<ActivationEntity> history = em.createQuery("SELECT a FROM ActivationEntity a WHERE a.projectId = :p "
                    + "ORDER BY a.number DESC", ActivationEntity.class).setParameter("p", id).getResultList();
            for (ActivationEntity a : history) {
                if (p.activeVersion != null && a.version != p.activeVersion
                        && "release".equals(find(em, id, a.version).status)) {
                    point(em, p, a.version, user, "rollback");
                    return Views.of(links, p, Access.roleOf(em, id, user));
                }
            }
            throw ApiException.conflict("There is no earlier release to roll back to");
        });
    }

    private ProjectEntity lock(EntityManager em, String id, String user) {
        ProjectEntity p = Access.require(em, id, user, Access.EDITOR);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    private static void point(EntityManager em, ProjectEntity p, int number, String user, String action) {
        Integer last = em.createQuery("SELECT MAX(a.number) FROM ActivationEntity a WHERE a.projectId = :p",
                Integer.class).setParameter("p", p.id).getSingleResult();
        ActivationEntity a = new ActivationEntity();
        a.projectId = p.id;
        a.number = last == null ? 1 : last + 1;
        a.version = number;
        a.byUser = user;
        a.at = OffsetDateTime.now();
        em.persist(a);
        Audit.record(em, p.id, user, action, "v" + p.activeVersion + " → v" + number);
        p.activeVersion = number;
        p.updatedAt = a.at;
    }

    static VersionEntity find(EntityManager em, String id, int number) {
        VersionEntity v = em.find(VersionEntity.class, new Key.Numbered(id, number));
        if (v == null) {
            throw ApiException.notFound("version " + number);
        }
        return v;
    }
}
