package org.universo.platformo.metaverse.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.Space;
import org.universo.platformo.metaverse.internal.store.ListedSpaceEntity;
import org.universo.platformo.metaverse.internal.store.SpaceEntity;
import org.universo.platformo.persistence.JpaUnit;

/**
 * Spaces of a unik: members read them, editors create and change them, admins delete them. Listing a space in
 * a metaverse needs editor in its unik and admin in the metaverse.
 */
final class Spaces {
    private final JpaUnit unit;
    private final Uniks uniks;
    private final Metaverses metaverses;

    Spaces(JpaUnit unit, Uniks uniks, Metaverses metaverses) {
        this.unit = unit;
        this.uniks = uniks;
        this.metaverses = metaverses;
    }

    Page<Space> list(String user, String unikId, ListQuery q) {
        return unit.read(em -> {
            uniks.require(em, unikId, user, Role.MEMBER);
            List<Space> items = em.createQuery("SELECT s FROM SpaceEntity s WHERE s.unikId = :k" + q.orderBy("s"),
                    SpaceEntity.class).setParameter("k", unikId).setFirstResult(q.offset()).setMaxResults(q.limit())
                    .getResultList().stream().map(Views::of).toList();
            long total = em.createQuery("SELECT COUNT(s) FROM SpaceEntity s WHERE s.unikId = :k", Long.class)
                    .setParameter("k", unikId).getSingleResult();
            return new Page<>(items, total, q.offset(), q.limit());
        });
    }

    Space create(String user, String unikId, Inputs.NamedCreate in) {
        return unit.tx(em -> {
            uniks.require(em, unikId, user, Role.EDITOR);
            SpaceEntity s = new SpaceEntity();
            s.id = UUID.randomUUID().toString();
            s.unikId = unikId;
            s.name = in.name().trim();
            s.description = in.description();
            s.createdBy = user;
            s.createdAt = OffsetDateTime.now();
            s.updatedAt = s.createdAt;
            em.persist(s);
            return Views.of(s);
        });
    }

    Space get(String user, String unikId, String id) {
        return unit.read(em -> Views.of(require(em, unikId, id, user, Role.MEMBER)));
    }

    Space patch(String user, String unikId, String id, Inputs.NamedPatch in) {
        return unit.tx(em -> {
            SpaceEntity s = require(em, unikId, id, user, Role.EDITOR);
            if (in.name() != null) {
                s.name = in.name().trim();
            }
            if (in.description() != null) {
                s.description = in.description();
            }
            s.updatedAt = OffsetDateTime.now();
            return Views.of(s);
        });
    }

    void delete(String user, String unikId, String id) {
        unit.txRun(em -> em.remove(require(em, unikId, id, user, Role.ADMIN)));
    }

    void listIn(String user, String metaverseId, String spaceId) {
        unit.txRun(em -> {
            metaverses.require(em, metaverseId, user, Role.ADMIN);
            SpaceEntity s = em.find(SpaceEntity.class, spaceId);
            if (s == null) {
                throw ApiException.notFound("space");
            }
            uniks.require(em, s.unikId, user, Role.EDITOR);
            ListedSpaceEntity.Key key = new ListedSpaceEntity.Key();
            key.metaverseId = metaverseId;
            key.spaceId = spaceId;
            if (em.find(ListedSpaceEntity.class, key) == null) {
                ListedSpaceEntity l = new ListedSpaceEntity();
                l.metaverseId = metaverseId;
                l.spaceId = spaceId;
                l.addedAt = OffsetDateTime.now();
                em.persist(l);
            }
        });
    }

    void unlistFrom(String user, String metaverseId, String spaceId) {
        unit.txRun(em -> {
            metaverses.require(em, metaverseId, user, Role.ADMIN);
            ListedSpaceEntity.Key key = new ListedSpaceEntity.Key();
            key.metaverseId = metaverseId;
            key.spaceId = spaceId;
            ListedSpaceEntity l = em.find(ListedSpaceEntity.class, key);
            if (l == null) {
                throw ApiException.notFound("listed space");
            }
            em.remove(l);
        });
    }

    /** Spaces listed in a metaverse (the caller has already been allowed to read the metaverse). */
    List<Space> listedIn(EntityManager em, String metaverseId) {
        return em.createQuery("SELECT s FROM SpaceEntity s, ListedSpaceEntity l WHERE l.spaceId = s.id "
                + "AND l.metaverseId = :m ORDER BY s.name, s.id", SpaceEntity.class).setParameter("m", metaverseId)
                .getResultList().stream().map(Views::of).toList();
    }

    java.util.Optional<String> unikOf(String spaceId) {
        return unit.read(em -> java.util.Optional.ofNullable(em.find(SpaceEntity.class, spaceId)).map(s -> s.unikId));
    }

    /** One round trip: builds and previews ask this on every request. */
    boolean canEdit(String user, String spaceId) {
        List<String> roles = unit.read(em -> em.createQuery("SELECT m.role FROM SpaceEntity s, UnikMemberEntity m "
                + "WHERE s.id = :s AND m.containerId = s.unikId AND m.userId = :u", String.class)
                .setParameter("s", spaceId).setParameter("u", user).getResultList());
        return !roles.isEmpty() && Role.fromWire(roles.get(0)).atLeast(Role.EDITOR);
    }

    /** The space by its own id when {@code user} has {@code role} in its unik; 404 when it cannot read it. */
    SpaceEntity requireById(EntityManager em, String id, String user, Role role) {
        SpaceEntity s = em.find(SpaceEntity.class, id);
        if (s == null) {
            throw ApiException.notFound("space");
        }
        try {
            uniks.require(em, s.unikId, user, role);
        } catch (ApiException e) {
            throw e.code() == org.universo.platformo.api.error.ErrorCode.NOT_FOUND ? ApiException.notFound("space") : e;
        }
        return s;
    }

    private SpaceEntity require(EntityManager em, String unikId, String id, String user, Role role) {
        uniks.require(em, unikId, user, role);
        SpaceEntity s = em.find(SpaceEntity.class, id);
        if (s == null || !s.unikId.equals(unikId)) {
            throw ApiException.notFound("space");
        }
        return s;
    }
}
