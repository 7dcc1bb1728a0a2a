package org.universo.platformo.auth.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthEvents;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.auth.api.TokenAuthenticator;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.auth.api.UserSummary;
import org.universo.platformo.auth.internal.crypto.AccessTokens;
import org.universo.platformo.auth.internal.crypto.PasswordHasher;
import org.universo.platformo.auth.internal.crypto.RefreshTokens;
import org.universo.platformo.auth.internal.crypto.TokenException;
import org.universo.platformo.auth.internal.store.UserEntity;
import org.universo.platformo.auth.spi.ExternalIdentity;
import org.universo.platformo.auth.spi.IdentityProvider;
import org.universo.platformo.auth.spi.InvalidTokenException;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;

/**
 * The auth service: migrates the auth schema, signs users in, rotates refresh tokens and turns any accepted
 * bearer token (ours, or one an {@link IdentityProvider} vouches for) into an {@link AuthPrincipal}.
 */
@Component(service = {AuthManager.class, UserDirectory.class, TokenAuthenticator.class}, configurationPid = AuthConfig.PID)
@Designate(ocd = AuthConfig.class)
public final class AuthManager implements UserDirectory, TokenAuthenticator {
    private final JpaUnit unit;
    private final EventAdmin events;
    private final AccessTokens access;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Handoffs handoffs;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final boolean registrationOpen;
    private final AuthMetrics metrics;
    private final LoginThrottle throttle;
    private final com.github.benmanes.caffeine.cache.Cache<String, TokenPair> refreshed;
    private final List<IdentityProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public AuthManager(@Reference Database db, @Reference EventAdmin events, @Reference AuthMetrics metrics,
            AuthConfig config) {
        db.migrate("auth", AuthManager.class);
        this.unit = db.openUnit("auth", Entities.ALL);
        this.events = events;
        this.metrics = metrics;
        Clock clock = Clock.systemUTC();
        byte[] secret = config.jwt_secret().isBlank() ? SigningKeys.generatedSecret(unit, keyFile(config))
                : config.jwt_secret().getBytes(StandardCharsets.UTF_8);
        this.access = new AccessTokens(secret, config.jwt_issuer(), config.jwt_audience(),
                Duration.ofSeconds(config.access_ttl_seconds()), clock);
        this.accounts = new Accounts(unit, new PasswordHasher(config.argon2_memory_kib(), config.argon2_iterations(), 1),
                clock, config.password_min_length(), config.first_user_admin());
        RefreshTokens tokens = new RefreshTokens(SigningKeys.derived(secret, "refresh-rotation"));
        this.sessions = new Sessions(unit, tokens, clock, Duration.ofDays(config.session_ttl_days()),
                Duration.ofSeconds(config.refresh_reuse_grace_seconds()), this::sessionRevoked);
        this.handoffs = new Handoffs(unit, tokens, clock, Duration.ofSeconds(config.handoff_ttl_seconds()));
        this.deliveries = new WebhookDeliveries(unit, clock, Duration.ofHours(1));
        this.clock = clock;
        this.registrationOpen = config.registration_enabled();
        this.refreshed = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(Math.max(1, config.refresh_reuse_grace_seconds())))
                .maximumSize(10_000).<String, TokenPair>build();
        this.throttle = new LoginThrottle(clock, new LoginThrottle.Limits(config.login_failures_before_lockout(),
                config.login_failures_per_address(), config.login_failures_per_account(),
                Duration.ofSeconds(config.login_lockout_max_seconds()), config.registrations_per_address(),
                config.refresh_failures_per_address(), config.throttle_max_keys()));
    }

    private static org.universo.platformo.auth.internal.crypto.KeyFile keyFile(AuthConfig config) {
        String configured = config.key_file();
        java.nio.file.Path path = configured.isBlank()
                ? java.nio.file.Path.of(System.getProperty("karaf.etc", "etc"), "universo-secrets.key")
                : java.nio.file.Path.of(configured);
        try {
            return org.universo.platformo.auth.internal.crypto.KeyFile.open(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Key file " + path + " cannot be read or created: " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() {
        unit.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(IdentityProvider p) {
        providers.add(p);
    }

    void removeProvider(IdentityProvider p) {
        providers.remove(p);
    }

    /**
     * Creates the account unless its email has one. The answer is the same either way (the caller signs in next), so
     * registration is no oracle of who has an account; only signing in with the right password proves one.
     */
    void register(RegisterRequest r, String clientAddress) {
        if (!registrationOpen) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Registration is closed on this server");
        }
        try {
            throttle.register(known(clientAddress));
        } catch (ApiException e) {
            metrics.event("register", "throttled");
            throw e;
        }
        Optional<UserEntity> created = accounts.register(r.email(), r.password(), r.displayName());
        if (created.isPresent()) {
            post(AuthEvents.USER_CREATED, Map.of(AuthEvents.PROP_USER_ID, created.get().id, AuthEvents.PROP_PROVIDER,
                    "local"));
        }
        metrics.event("register", created.isPresent() ? "success" : "existing");
    }

    TokenPair login(LoginRequest r, String clientAddress) {
        String account = r.email().trim().toLowerCase(java.util.Locale.ROOT);
        String address = known(clientAddress);
        try {
            throttle.checkLogin(account, address);
        } catch (ApiException e) {
            metrics.event("login", "throttled");
            throw e;
        }
        try {
            TokenPair p = signIn(accounts.authenticate(r.email(), r.password()), "local");
            throttle.loginSucceeded(account, address);
            metrics.event("login", "success");
            return p;
        } catch (ApiException e) {
            throttle.loginFailed(account, address);
            metrics.event("login", "failure");
            throw e;
        }
    }

    TokenPair refresh(RefreshRequest r, String clientAddress) {
        String address = known(clientAddress);
        try {
            throttle.checkRefresh(address);
        } catch (ApiException e) {
            metrics.event("refresh", "throttled");
            throw e;
        }
        try {
            Sessions.Issued s = sessions.refresh(r.refreshToken());
            metrics.event("refresh", "success");
            // racers within the grace interval got the same refresh token: give them the same access token too
            return refreshed.get(s.refreshToken(), k -> pair(accounts.find(s.userId()), s));
        } catch (ApiException e) {
            throttle.refreshFailed(address);
            metrics.event("refresh", "failure");
            throw e;
        }
    }

    /** Requests outside the REST pipeline (shell, tests) have no address: they share one key. */
    private static String known(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }

    /** A one-time code that signs the caller in once on another page (a published app), for a session of its own. */
    Handoff handoff(AuthPrincipal p) {
        UserEntity u = accounts.find(p.userId());
        if (u == null || u.disabledAt != null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This account cannot hand off a sign-in");
        }
        metrics.event("handoff", "issued");
        return new Handoff(handoffs.issue(u.id), handoffs.ttl().toSeconds());
    }

    /** The session a hand-off code opens: once, before it expires, for an account still enabled. */
    TokenPair redeem(String code) {
        try {
            UserEntity u = accounts.find(handoffs.redeem(code));
            if (u == null || u.disabledAt != null) {
                throw new ApiException(ErrorCode.UNAUTHORIZED, "The hand-off code is unknown, used or expired: sign in "
                        + "instead");
            }
            metrics.event("handoff", "redeemed");
            return signIn(u, "handoff");
        } catch (ApiException e) {
            metrics.event("handoff", "refused");
            throw e;
        }
    }

    Clock clock() {
        return clock;
    }

    /**
     * A user of an identity provider was created, updated or deleted there (a verified webhook delivery): the local
     * account linked to them follows; a deleted one is disabled and signed out everywhere. False for a delivery id
     * taken before, which changes nothing.
     */
    boolean upstream(String deliveryId, String provider, String subject, String email, boolean deleted) {
        if (!deliveries.first(deliveryId)) {
            metrics.event("webhook", "replayed");
            return false;
        }
        String userId = accounts.upstream(provider, subject, email, deleted);
        if (deleted && userId != null) {
            sessions.revokeAll(userId, "deleted_upstream");
        }
        metrics.event("webhook", deleted ? "deleted" : "applied");
        return true;
    }

    void logout(AuthPrincipal p) {
        if (p.sessionId() != null) {
            sessions.revoke(p.sessionId(), "logout");
        }
    }

    UserView me(AuthPrincipal p) {
        UserEntity u = accounts.find(p.userId());
        if (u == null) {
            throw ApiException.notFound("user");
        }
        return view(u);
    }

    /** The caller behind a bearer token, or a 401 ApiException saying why not. */
    @Override
    public AuthPrincipal authenticate(String token) {
        Optional<String> issuer = AccessTokens.peekIssuer(token);
        if (issuer.isPresent() && !issuer.get().equals(access.issuer())) {
            return external(token);
        }
        try {
            AccessTokens.AccessClaims c = access.verify(token);
            if (sessions.isRevoked(c.sessionId())) {
                throw unauthorized(ErrorCode.TOKEN_INVALID, "Session has been revoked", "revoked");
            }
            metrics.event("verify", "success");
            return new AuthPrincipal(c.userId(), c.sessionId(), c.roles(), "local");
        } catch (TokenException e) {
            throw unauthorized(e.reason() == TokenException.Reason.EXPIRED ? ErrorCode.TOKEN_EXPIRED
                    : ErrorCode.TOKEN_INVALID, e.getMessage(), e.reason().name().toLowerCase());
        }
    }

    private AuthPrincipal external(String token) {
        for (IdentityProvider p : providers) {
            if (!p.accepts(token)) {
                continue;
            }
            try {
                ExternalIdentity id = p.verify(token);
                boolean[] created = {false};
                UserEntity u = accounts.linked(id, created);
                if (u.disabledAt != null) {
                    throw unauthorized(ErrorCode.TOKEN_INVALID, "The account is disabled", "disabled");
                }
                if (created[0]) {
                    post(AuthEvents.USER_CREATED, Map.of(AuthEvents.PROP_USER_ID, u.id, AuthEvents.PROP_PROVIDER, p.id()));
                }
                metrics.event("verify_" + p.id(), "success");
                return new AuthPrincipal(u.id, null, Accounts.roles(u), p.id());
            } catch (InvalidTokenException e) {
                throw unauthorized(e.isExpired() ? ErrorCode.TOKEN_EXPIRED : ErrorCode.TOKEN_INVALID, e.getMessage(),
                        p.id());
            }
        }
        throw unauthorized(ErrorCode.TOKEN_INVALID, "Token issuer is not accepted", "unknown_issuer");
    }

    private ApiException unauthorized(ErrorCode code, String message, String reason) {
        metrics.event("verify", "failure_" + reason);
        return new ApiException(code, message);
    }

    private TokenPair signIn(UserEntity u, String provider) {
        return pair(u, sessions.open(u.id, provider));
    }

    private TokenPair pair(UserEntity u, Sessions.Issued s) {
        Set<String> roles = Accounts.roles(u);
        return new TokenPair(access.issue(u.id, s.sessionId(), roles), "Bearer", access.ttl().toSeconds(),
                s.refreshToken(), view(u));
    }

    private static UserView view(UserEntity u) {
        return new UserView(u.id, u.email, u.displayName, Accounts.roles(u), u.createdAt.toInstant());
    }

    private void sessionRevoked(String sessionId, String userId, String reason) {
        metrics.event("session_revoked", reason);
        post(AuthEvents.SESSION_REVOKED, Map.of(AuthEvents.PROP_SESSION_ID, sessionId,
                AuthEvents.PROP_USER_ID, userId, AuthEvents.PROP_REASON, reason));
    }

    private void post(String topic, Map<String, ?> props) {
        events.postEvent(new Event(topic, props));
    }

    /** Grants or withdraws a role; it shows in access tokens issued from now on (sign-in or refresh). */
    /**
     * Access tokens carry roles for their lifetime, so a changed role would be trusted as it was for up to the
     * access-token lifetime: the user's sessions are revoked instead, and the next sign-in carries the new roles.
     */
    Set<String> changeRole(String email, String role, boolean add) {
        Accounts.RoleChange change = accounts.changeRole(email, role, add);
        if (change.changed()) {
            sessions.revokeAll(change.userId(), "roles_changed");
        }
        return change.roles();
    }

    @Override
    public Optional<UserSummary> find(String userId) {
        return Optional.ofNullable(accounts.find(userId)).map(Accounts::summary);
    }

    @Override
    public List<UserSummary> list(int offset, int limit) {
        return accounts.list(offset, limit);
    }

    @Override
    public long count() {
        return accounts.count();
    }
}
