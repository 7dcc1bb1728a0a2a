package org.universo.platformo.publish.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.metaverse.SpaceVersionReader;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.publish.Inputs;
import org.universo.platformo.publish.Publication;
import org.universo.platformo.publish.internal.store.Key;
import org.universo.platformo.publish.internal.store.MemberEntity;
import org.universo.platformo.publish.internal.store.ProjectEntity;

/** Publications and their members. Publishing a space needs the editor role in its unik; its creator owns it. */
final class Projects {
    private final JpaUnit unit;
    private final SpaceVersionReader spaces;
    private final Links links;

    Projects(JpaUnit unit, SpaceVersionReader spaces, Links links) {
        this.unit = unit;
        this.spaces = spaces;
        this.links = links;
    }

    Publication create(String user, Inputs.PublicationCreate in) {
        if (!spaces.canEdit(user, in.spaceId())) {
            throw ApiException.notFound("space");
        }
        return unit.tx(em -> {
            boolean taken = !em.createQuery("SELECT p.id FROM ProjectEntity p WHERE p.slug = :s", String.class)
                    .setParameter("s", in.slug()).getResultList().isEmpty();
            if (taken) {
                throw new ApiException(org.universo.platformo.api.error.ErrorCode.CONFLICT, "The address /p/"
                        + in.slug() + "/ is taken", Map.of("field", "/slug"));
            }
            ProjectEntity p = new ProjectEntity();
            p.id = UUID.randomUUID().toString();
            p.slug = in.slug();
            p.spaceId = in.spaceId();
            p.name = in.name().trim();
            p.visibility = in.visibility();
            p.createdBy = user;
            p.createdAt = OffsetDateTime.now();
            p.updatedAt = p.createdAt;
            em.persist(p);
            em.flush();
            setMember(em, p.id, user, Access.OWNER);
            Audit.record(em, p.id, user, "create", "slug " + p.slug + ", space " + p.spaceId + ", " + p.visibility);
            return Views.of(links, p, Access.OWNER);
        });
    }

    List<Publication> mine(String user, int offset, int limit) {
        return unit.read(em -> em.createQuery("SELECT p, m.role FROM ProjectEntity p, MemberEntity m WHERE "
                + "m.containerId = p.id AND m.userId = :u ORDER BY p.name, p.id", Object[].class).setParameter("u", user)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> Views.of(links, (ProjectEntity) r[0], (String) r[1])).toList());
    }

    Publication get(String user, String id) {
        return unit.read(em -> Views.of(links, Access.require(em, id, user, Access.VIEWER), Access.roleOf(em, id, user)));
    }

    Publication patch(String user, String id, Inputs.PublicationPatch in) {
        return unit.tx(em -> {
            ProjectEntity p = Access.require(em, id, user, Access.EDITOR);
            if (in.name() != null) {
                p.name = in.name().trim();
            }
            if (in.visibility() != null) {
                p.visibility = in.visibility();
            }
            p.updatedAt = OffsetDateTime.now();
            Audit.record(em, id, user, "update", "name " + p.name + ", " + p.visibility);
            return Views.of(links, p, Access.roleOf(em, id, user));
        });
    }

    void delete(String user, String id) {
        unit.txRun(em -> {
            ProjectEntity p = Access.require(em, id, user, Access.OWNER);
            Audit.record(em, id, user, "delete", "slug " + p.slug);
            em.remove(p);
        });
    }

    List<Map<String, String>> members(String user, String id) {
        return unit.read(em -> {
            Access.require(em, id, user, Access.VIEWER);
            return em.createQuery("SELECT m FROM MemberEntity m WHERE m.containerId = :p ORDER BY m.addedAt, m.userId",
                    MemberEntity.class).setParameter("p", id).getResultList().stream()
                    .map(m -> Map.of("userId", m.userId, "role", m.role)).toList();
        });
    }

    /** Only the owner changes members; the owner's own role is not changed this way. */
    void setMember(String user, String id, String member, String role) {
        unit.txRun(em -> {
            Access.require(em, id, user, Access.OWNER);
            if (Access.OWNER.equals(Access.roleOf(em, id, member))) {
                throw ApiException.conflict("The owner's role cannot be changed");
            }
            setMember(em, id, member, role);
            Audit.record(em, id, user, role == null ? "member-remove" : "member-set", member + (role == null ? "" : " " + role));
        });
    }

    private static void setMember(javax.persistence.EntityManager em, String id, String member, String role) {
        MemberEntity m = em.find(MemberEntity.class, new Key.Member(id, member));
        if (role == null) {
            if (m == null) {
                throw ApiException.notFound("member");
            }
            em.remove(m);
            return;
        }
        if (m == null) {
            m = new MemberEntity();
            m.containerId = id;
            m.userId = member;
            m.addedAt = OffsetDateTime.now();
            em.persist(m);
        }
        m.role = role;
    }
}
