package org.universo.platformo.metaverse.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Member;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.Unik;
import org.universo.platformo.metaverse.internal.store.UnikEntity;
import org.universo.platformo.metaverse.internal.store.UnikMemberEntity;
import org.universo.platformo.persistence.JpaUnit;

/** Uniks: private workspaces; only members see them, and their role says what else they may do. */
final class Uniks {
    private static final String MINE = "x.id IN (SELECT mm.containerId FROM UnikMemberEntity mm WHERE mm.userId = :u)";

    private final JpaUnit unit;
    private final Memberships<UnikMemberEntity> members = new Memberships<>(UnikMemberEntity.class, UnikMemberEntity::new);

    Uniks(JpaUnit unit) {
        this.unit = unit;
    }

    Page<Unik> list(String user, ListQuery q) {
        return unit.read(em -> members.page(em, UnikEntity.class, MINE, q, user, u -> u.id, Views::of));
    }

    Unik create(String user, Inputs.NamedCreate in) {
        return unit.tx(em -> {
            UnikEntity u = new UnikEntity();
            u.id = UUID.randomUUID().toString();
            u.name = in.name().trim();
            u.description = in.description();
            u.ownerId = user;
            u.createdAt = OffsetDateTime.now();
            u.updatedAt = u.createdAt;
            em.persist(u);
            em.flush();
            members.add(em, u.id, user, Role.OWNER);
            return Views.of(u, Role.OWNER);
        });
    }

    Unik get(String user, String id) {
        return unit.read(em -> Views.of(require(em, id, user, Role.MEMBER), members.roleOf(em, id, user)));
    }

    Unik patch(String user, String id, Inputs.NamedPatch in) {
        return unit.tx(em -> {
            UnikEntity u = require(em, id, user, Role.ADMIN);
            if (in.name() != null) {
                u.name = in.name().trim();
            }
            if (in.description() != null) {
                u.description = in.description();
            }
            u.updatedAt = OffsetDateTime.now();
            return Views.of(u, members.roleOf(em, id, user));
        });
    }

    void delete(String user, String id) {
        unit.txRun(em -> em.remove(require(em, id, user, Role.OWNER)));
    }

    List<Member> members(String user, String id) {
        return unit.read(em -> {
            require(em, id, user, Role.MEMBER);
            return members.list(em, id);
        });
    }

    void setMember(String user, String id, String member, Role role) {
        unit.txRun(em -> {
            UnikEntity u = require(em, id, user, Role.ADMIN);
            if (members.set(em, id, members.roleOf(em, id, user), user, member, role)) {
                u.ownerId = member;
            }
        });
    }

    void removeMember(String user, String id, String member) {
        unit.txRun(em -> {
            require(em, id, user, Role.MEMBER);
            members.remove(em, id, members.roleOf(em, id, user), user, member);
        });
    }

    boolean hasRole(EntityManager em, String id, String user, Role role) {
        Role mine = members.roleOf(em, id, user);
        return mine != null && mine.atLeast(role);
    }

    /** The user's role in the unik; null for none or no such unik. */
    Role roleOf(String id, String user) {
        return unit.read(em -> members.roleOf(em, id, user));
    }

    /** Whether {@code user} is a member of the unik (any role). */
    boolean isMember(EntityManager em, String id, String user) {
        return members.roleOf(em, id, user) != null;
    }

    /** The unik when {@code user} has at least {@code role}: 404 for non-members, 403 for too low a role. */
    UnikEntity require(EntityManager em, String id, String user, Role role) {
        UnikEntity u = em.find(UnikEntity.class, id);
        Role mine = u == null ? null : members.roleOf(em, id, user);
        if (mine == null) {
            throw ApiException.notFound("unik");
        }
        if (!mine.atLeast(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This needs the " + role.wire() + " role in this unik");
        }
        return u;
    }
}
