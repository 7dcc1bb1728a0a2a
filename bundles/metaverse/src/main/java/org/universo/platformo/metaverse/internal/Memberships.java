package org.universo.platformo.metaverse.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.metaverse.Member;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.internal.store.MemberBase;
import org.universo.platformo.metaverse.internal.store.MemberKey;

/**
 * Roles in one kind of container (metaverse or unik), over its member entity. The rules are the same for both:
 * a member may change only members it outranks, to a role below its own; an owner may hand ownership over.
 */
final class Memberships<M extends MemberBase> {
    private final Class<M> type;
    private final Supplier<M> factory;

    Memberships(Class<M> type, Supplier<M> factory) {
        this.type = type;
        this.factory = factory;
    }

    Role roleOf(EntityManager em, String containerId, String userId) {
        M m = em.find(type, new MemberKey(containerId, userId));
        return m == null ? null : Role.fromWire(m.role);
    }

    /** The caller's role in each of the given containers. */
    Map<String, Role> rolesOf(EntityManager em, Set<String> containerIds, String userId) {
        Map<String, Role> out = new HashMap<>();
        if (containerIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("SELECT m.containerId, m.role FROM " + type.getSimpleName()
                + " m WHERE m.userId = :u AND m.containerId IN :ids", Object[].class)
                .setParameter("u", userId).setParameter("ids", containerIds).getResultList();
        for (Object[] r : rows) {
            out.put((String) r[0], Role.fromWire((String) r[1]));
        }
        return out;
    }

    /**
     * One page of containers matching {@code where} (alias {@code x}, parameter {@code :u} = the caller), each
     * with the caller's role in it.
     */
    <E, V> Page<V> page(EntityManager em, Class<E> entity, String where, ListQuery q, String user,
            Function<E, String> id, BiFunction<E, Role, V> view) {
        String from = " FROM " + entity.getSimpleName() + " x WHERE " + where;
        List<E> rows = em.createQuery("SELECT x" + from + q.orderBy("x"), entity).setParameter("u", user)
                .setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
        long total = em.createQuery("SELECT COUNT(x)" + from, Long.class).setParameter("u", user).getSingleResult();
        Map<String, Role> roles = rolesOf(em, rows.stream().map(id).collect(Collectors.toSet()), user);
        return new Page<>(rows.stream().map(r -> view.apply(r, roles.get(id.apply(r)))).toList(), total, q.offset(),
                q.limit());
    }

    void add(EntityManager em, String containerId, String userId, Role role) {
        M m = factory.get();
        m.containerId = containerId;
        m.userId = userId;
        m.createdAt = OffsetDateTime.now();
        m.role = role.wire();
        em.persist(m);
    }

    List<Member> list(EntityManager em, String containerId) {
        return em.createQuery("SELECT m FROM " + type.getSimpleName() + " m WHERE m.containerId = :c ORDER BY m.createdAt, m.userId", type)
                .setParameter("c", containerId).getResultList().stream()
                .map(m -> new Member(m.userId, Role.fromWire(m.role), m.createdAt.toInstant()))
                .toList();
    }

    Map<String, Long> counts(EntityManager em, String containerId) {
        Map<String, Long> out = new HashMap<>();
        for (Role r : Role.values()) {
            out.put(r.wire(), 0L);
        }
        for (Object[] row : em.createQuery("SELECT m.role, COUNT(m) FROM " + type.getSimpleName()
                + " m WHERE m.containerId = :c GROUP BY m.role", Object[].class).setParameter("c", containerId).getResultList()) {
            out.put((String) row[0], (Long) row[1]);
        }
        return out;
    }

    /**
     * Sets {@code userId}'s role. Returns true when ownership moved to that user (the caller, the old owner,
     * then becomes admin and the container's owner column must follow).
     */
    boolean set(EntityManager em, String containerId, Role callerRole, String callerId, String userId, Role role) {
        M target = em.find(type, new MemberKey(containerId, userId));
        Role current = target == null ? null : Role.fromWire(target.role);
        if (role == Role.OWNER) {
            if (callerRole != Role.OWNER || userId.equals(callerId)) {
                throw new ApiException(ErrorCode.FORBIDDEN, "Only the owner can hand ownership to another member");
            }
            M caller = em.find(type, new MemberKey(containerId, callerId));
            caller.role = Role.ADMIN.wire();
        } else if (!outranks(callerRole, current) || !outranks(callerRole, role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "You can only give roles below your own, to members below you");
        }
        if (target == null) {
            add(em, containerId, userId, role);
        } else {
            target.role = role.wire();
        }
        return role == Role.OWNER;
    }

    void remove(EntityManager em, String containerId, Role callerRole, String callerId, String userId) {
        M target = em.find(type, new MemberKey(containerId, userId));
        if (target == null) {
            throw ApiException.notFound("member");
        }
        Role current = Role.fromWire(target.role);
        if (current == Role.OWNER) {
            throw new ApiException(ErrorCode.CONFLICT, "The owner cannot be removed; hand ownership over first");
        }
        if (!userId.equals(callerId) && !outranks(callerRole, current)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "You can only remove members below you");
        }
        em.remove(target);
    }

    /** Owners manage everyone but themselves; admins manage editors, members and newcomers. */
    private static boolean outranks(Role caller, Role other) {
        if (caller == Role.OWNER) {
            return other != Role.OWNER;
        }
        return caller == Role.ADMIN && (other == null || other.ordinal() > Role.ADMIN.ordinal());
    }
}
