package org.universo.platformo.metaverse.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Link;
import org.universo.platformo.metaverse.Member;
import org.universo.platformo.metaverse.Metaverse;
import org.universo.platformo.metaverse.Overview;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.internal.store.LinkEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseMemberEntity;
import org.universo.platformo.persistence.JpaUnit;

/**
 * Metaverses and their links and members. Public ones are readable by every signed-in user, private ones by
 * members only; anything a caller cannot read answers 404, as if it did not exist.
 */
final class Metaverses {
    private static final String VISIBLE = "(x.visibility = 'public' OR x.id IN "
            + "(SELECT mm.containerId FROM MetaverseMemberEntity mm WHERE mm.userId = :u))";
    private static final String MINE = "x.id IN (SELECT mm.containerId FROM MetaverseMemberEntity mm WHERE mm.userId = :u)";

    private final JpaUnit unit;
    private final Memberships<MetaverseMemberEntity> members =
            new Memberships<>(MetaverseMemberEntity.class, MetaverseMemberEntity::new);

    Metaverses(JpaUnit unit) {
        this.unit = unit;
    }

    Page<Metaverse> list(String user, ListQuery q, boolean onlyMine) {
        String where = onlyMine ? MINE : VISIBLE;
        return unit.read(em -> members.page(em, MetaverseEntity.class, where, q, user, m -> m.id, Views::of));
    }

    Metaverse create(String user, Inputs.MetaverseCreate in) {
        return unit.tx(em -> {
            MetaverseEntity m = new MetaverseEntity();
            m.id = UUID.randomUUID().toString();
            m.name = in.name().trim();
            m.description = in.description();
            m.visibility = in.visibility();
            m.ownerId = user;
            m.createdAt = OffsetDateTime.now();
            m.updatedAt = m.createdAt;
            em.persist(m);
            em.flush();
            members.add(em, m.id, user, Role.OWNER);
            return Views.of(m, Role.OWNER);
        });
    }

    Metaverse get(String user, String id) {
        return unit.read(em -> {
            MetaverseEntity m = readable(em, id, user);
            return Views.of(m, members.roleOf(em, id, user));
        });
    }

    Metaverse patch(String user, String id, Inputs.MetaversePatch in) {
        return unit.tx(em -> {
            MetaverseEntity m = require(em, id, user, Role.ADMIN);
            if (in.name() != null) {
                m.name = in.name().trim();
            }
            if (in.description() != null) {
                m.description = in.description();
            }
            if (in.visibility() != null) {
                m.visibility = in.visibility();
            }
            m.updatedAt = OffsetDateTime.now();
            return Views.of(m, members.roleOf(em, id, user));
        });
    }

    void delete(String user, String id) {
        unit.txRun(em -> em.remove(require(em, id, user, Role.OWNER)));
    }

    List<Link> links(String user, String id) {
        return unit.read(em -> {
            readable(em, id, user);
            return em.createQuery("SELECT l FROM LinkEntity l WHERE l.sourceId = :s ORDER BY l.createdAt, l.id",
                    LinkEntity.class).setParameter("s", id).getResultList().stream().map(Views::of).toList();
        });
    }

    Link link(String user, String id, Inputs.LinkCreate in) {
        return unit.tx(em -> {
            require(em, id, user, Role.ADMIN);
            if (id.equals(in.targetId())) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "A metaverse cannot link to itself",
                        Map.of("pointer", "/targetId"));
            }
            readable(em, in.targetId(), user);
            boolean exists = !em.createQuery("SELECT l.id FROM LinkEntity l WHERE l.sourceId = :s AND l.targetId = :t AND l.kind = :k")
                    .setParameter("s", id).setParameter("t", in.targetId()).setParameter("k", in.kind()).getResultList().isEmpty();
            if (exists) {
                throw ApiException.conflict("This link exists already");
            }
            LinkEntity l = new LinkEntity();
            l.id = UUID.randomUUID().toString();
            l.sourceId = id;
            l.targetId = in.targetId();
            l.kind = in.kind();
            l.createdAt = OffsetDateTime.now();
            em.persist(l);
            return Views.of(l);
        });
    }

    void unlink(String user, String id, String linkId) {
        unit.txRun(em -> {
            require(em, id, user, Role.ADMIN);
            LinkEntity l = em.find(LinkEntity.class, linkId);
            if (l == null || !l.sourceId.equals(id)) {
                throw ApiException.notFound("link");
            }
            em.remove(l);
        });
    }

    List<Member> members(String user, String id) {
        return unit.read(em -> {
            require(em, id, user, Role.MEMBER);
            return members.list(em, id);
        });
    }

    void setMember(String user, String id, String member, Role role) {
        unit.txRun(em -> {
            MetaverseEntity m = require(em, id, user, Role.ADMIN);
            if (members.set(em, id, members.roleOf(em, id, user), user, member, role)) {
                m.ownerId = member;
            }
        });
    }

    void removeMember(String user, String id, String member) {
        unit.txRun(em -> {
            Role mine = members.roleOf(em, id, user);
            readable(em, id, user);
            if (mine == null) {
                throw new ApiException(ErrorCode.FORBIDDEN, "Only members manage members");
            }
            members.remove(em, id, mine, user, member);
        });
    }

    Overview overview(String user, String id, Spaces spaces) {
        return unit.read(em -> {
            MetaverseEntity m = readable(em, id, user);
            List<Link> links = em.createQuery("SELECT l FROM LinkEntity l WHERE l.sourceId = :s ORDER BY l.createdAt, l.id",
                    LinkEntity.class).setParameter("s", id).getResultList().stream().map(Views::of).toList();
            return new Overview(Views.of(m, members.roleOf(em, id, user)), links, spaces.listedIn(em, id),
                    members.counts(em, id));
        });
    }

    boolean exists(EntityManager em, String id) {
        return em.find(MetaverseEntity.class, id) != null;
    }

    /** Whether {@code user} may read the metaverse (false when it does not exist). */
    boolean canRead(EntityManager em, String id, String user) {
        MetaverseEntity m = em.find(MetaverseEntity.class, id);
        return m != null && ("public".equals(m.visibility) || members.roleOf(em, id, user) != null);
    }

    /** The metaverse when {@code user} may read it; otherwise 404, so private worlds do not reveal themselves. */
    MetaverseEntity readable(EntityManager em, String id, String user) {
        if (!canRead(em, id, user)) {
            throw ApiException.notFound("metaverse");
        }
        return em.find(MetaverseEntity.class, id);
    }

    /** The metaverse when {@code user} has at least {@code role}; 403 if it can only read it, else 404. */
    MetaverseEntity require(EntityManager em, String id, String user, Role role) {
        MetaverseEntity m = readable(em, id, user);
        Role mine = members.roleOf(em, id, user);
        if (mine == null || !mine.atLeast(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This needs the " + role.wire() + " role in this metaverse");
        }
        return m;
    }
}
