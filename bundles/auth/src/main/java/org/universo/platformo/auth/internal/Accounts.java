package org.universo.platformo.auth.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.Roles;
import org.universo.platformo.auth.api.UserSummary;
import org.universo.platformo.auth.internal.crypto.PasswordHasher;
import org.universo.platformo.auth.internal.store.IdentityEntity;
import org.universo.platformo.auth.internal.store.BootstrapEntity;
import org.universo.platformo.auth.internal.store.UserEntity;
import org.universo.platformo.auth.spi.ExternalIdentity;
import org.universo.platformo.persistence.JpaUnit;

/** Accounts: registration, password sign-in, and users created on first sight of an external identity. */
final class Accounts {
    private final JpaUnit unit;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final int minPassword;
    /** Verified against when the email is unknown, so timing does not reveal which emails exist. */
    private final String decoyHash;

    Accounts(JpaUnit unit, PasswordHasher hasher, Clock clock, int minPassword, boolean firstAdmin) {
        this.firstAdmin = firstAdmin;
        this.unit = unit;
        this.hasher = hasher;
        this.clock = clock;
        this.minPassword = minPassword;
        this.decoyHash = hasher.hash("decoy-password-never-used".toCharArray());
    }

    private final boolean firstAdmin;

    /**
     * The new account, or empty when the email has one already. Both cases cost one password hash and answer the
     * caller alike, so registration does not tell who has an account (see AuthManager.register).
     */
    Optional<UserEntity> register(String email, String password, String displayName) {
        String normalized = normalize(email);
        String weak = PasswordRules.problem(password, normalized, minPassword);
        if (weak != null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Password is too weak",
                    Map.of("errors", List.of(Map.of("pointer", "/password", "message", weak))));
        }
        String hash = hasher.hash(password.toCharArray());
        try {
            return unit.tx(em -> {
                if (exists(em, normalized)) {
                    return Optional.empty();
                }
                UserEntity u = newUser(firstAdmin && claimFirstAdmin(em));
                u.email = normalized;
                u.passwordHash = hash;
                u.displayName = displayName;
                em.persist(u);
                return Optional.of(u);
            });
        } catch (RuntimeException e) {
            // two registrations of one email at once: the unique index refused the second
            if (unit.read(em -> exists(em, normalized))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean exists(EntityManager em, String email) {
        return !em.createQuery("SELECT u.id FROM UserEntity u WHERE u.email = :e").setParameter("e", email)
                .setMaxResults(1).getResultList().isEmpty();
    }

    UserEntity authenticate(String email, String password) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        List<UserEntity> found = unit.read(em -> em.createQuery("SELECT u FROM UserEntity u WHERE u.email = :e",
                UserEntity.class).setParameter("e", normalized).getResultList());
        UserEntity u = found.isEmpty() ? null : found.get(0);
        boolean ok = hasher.verify(password.toCharArray(), u == null || u.passwordHash == null ? decoyHash : u.passwordHash);
        if (u == null || u.passwordHash == null || !ok || u.disabledAt != null) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "Invalid email or password");
        }
        return u;
    }

    /** The platform user behind an external identity; created with role user on first sight. */
    UserEntity linked(ExternalIdentity id, boolean[] created) {
        return unit.tx(em -> {
            IdentityEntity.Key key = new IdentityEntity.Key();
            key.provider = id.provider();
            key.subject = id.subject();
            IdentityEntity link = em.find(IdentityEntity.class, key);
            if (link != null) {
                return em.find(UserEntity.class, link.userId);
            }
            UserEntity u = newUser(false);
            String email = id.email() == null ? null : id.email().trim().toLowerCase(Locale.ROOT);
            boolean taken = email == null || !em.createQuery("SELECT u.id FROM UserEntity u WHERE u.email = :e")
                    .setParameter("e", email).getResultList().isEmpty();
            // never merge into an existing local account by email: that would let the provider take it over
            u.email = taken ? id.subject() + "@" + id.provider() + ".invalid" : email;
            em.persist(u);
            em.flush(); // the link row references the user row
            link = new IdentityEntity();
            link.provider = id.provider();
            link.subject = id.subject();
            link.userId = u.id;
            link.createdAt = now();
            em.persist(link);
            created[0] = true;
            return u;
        });
    }

    /**
     * The provider says its user changed: their email follows (unless another account holds it), or, when the
     * provider deleted them, the local account they are linked to is disabled. The user's id, or null when the
     * provider's user was never linked here and is gone.
     */
    String upstream(String provider, String subject, String email, boolean deleted) {
        if (!deleted) {
            UserEntity u = linked(new org.universo.platformo.auth.spi.ExternalIdentity(provider, subject, email,
                    java.util.Map.of()), new boolean[1]);
            String wanted = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
            if (wanted != null && !wanted.equals(u.email)) {
                unit.txRun(em -> {
                    boolean taken = !em.createQuery("SELECT u.id FROM UserEntity u WHERE u.email = :e")
                            .setParameter("e", wanted).getResultList().isEmpty();
                    if (!taken) {
                        em.find(UserEntity.class, u.id).email = wanted;
                    }
                });
            }
            return u.id;
        }
        return unit.tx(em -> {
            IdentityEntity.Key key = new IdentityEntity.Key();
            key.provider = provider;
            key.subject = subject;
            IdentityEntity link = em.find(IdentityEntity.class, key);
            if (link == null) {
                return null;
            }
            UserEntity u = em.find(UserEntity.class, link.userId);
            if (u.disabledAt == null) {
                u.disabledAt = now();
            }
            return u.id;
        });
    }

    UserEntity find(String userId) {
        return unit.read(em -> em.find(UserEntity.class, userId));
    }

    List<UserSummary> list(int offset, int limit) {
        return unit.read(em -> em.createQuery("SELECT u FROM UserEntity u ORDER BY u.createdAt, u.id", UserEntity.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList()).stream().map(Accounts::summary).toList();
    }

    long count() {
        return unit.read(em -> em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult());
    }

    /** Adds or removes a role; returns the user's roles afterwards. Roles are letters, digits, '-' and '_'. */
    /** The roles after a change, and whether they differ from before. */
    record RoleChange(String userId, Set<String> roles, boolean changed) {
    }

    RoleChange changeRole(String email, String role, boolean add) {
        if (!role.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Role names are lower-case words", Map.of("role", role));
        }
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return unit.tx(em -> {
            List<UserEntity> found = em.createQuery("SELECT u FROM UserEntity u WHERE u.email = :e", UserEntity.class)
                    .setParameter("e", normalized).getResultList();
            if (found.isEmpty()) {
                throw ApiException.notFound("user " + normalized);
            }
            UserEntity u = found.get(0);
            Set<String> roles = roles(u);
            Set<String> before = Set.copyOf(roles);
            if (add) {
                roles.add(role);
            } else {
                roles.remove(role);
            }
            roles.add(Roles.USER);
            u.roles = String.join(",", roles);
            return new RoleChange(u.id, roles, !before.equals(Set.copyOf(roles)));
        });
    }

    static Set<String> roles(UserEntity u) {
        return new LinkedHashSet<>(Arrays.asList(u.roles.split(",")));
    }

    static UserSummary summary(UserEntity u) {
        return new UserSummary(u.id, u.email, u.displayName, roles(u), u.createdAt.toInstant());
    }

    /** Whether this registration makes the first administrator; the row lock makes it one even under races. */
    private static boolean claimFirstAdmin(javax.persistence.EntityManager em) {
        BootstrapEntity b = em.find(BootstrapEntity.class, BootstrapEntity.ID, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (b == null || b.adminAssigned) {
            return false;
        }
        b.adminAssigned = true;
        return true;
    }

    private UserEntity newUser(boolean first) {
        UserEntity u = new UserEntity();
        u.id = UUID.randomUUID().toString();
        // the first account of a fresh installation administers it
        u.roles = first ? Roles.USER + "," + Roles.ADMIN : Roles.USER;
        u.createdAt = now();
        return u;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String normalize(String email) {
        String e = email.trim().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (at < 1 || at == e.length() - 1 || e.indexOf('@', at + 1) >= 0) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Email is not valid",
                    Map.of("errors", List.of(Map.of("pointer", "/email", "message", "not an email address"))));
        }
        return e;
    }
}
