package org.universo.platformo.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.universo.platformo.auth.cfg */
@ObjectClassDefinition(name = "Universo Platformo authentication",
        description = "Local accounts, access tokens and refresh-token rotation.")
public @interface AuthConfig {
    String PID = "org.universo.platformo.auth";

    @AttributeDefinition(name = "JWT secret", type = AttributeType.PASSWORD, required = false,
            description = "HS256 secret for access tokens, at least 32 characters. Empty: one is generated and "
                    + "kept in the database, shared by every node that uses it.")
    String jwt_secret() default "";

    @AttributeDefinition(name = "Issuer")
    String jwt_issuer() default "universo-platformo";

    @AttributeDefinition(name = "Audience")
    String jwt_audience() default "universo-platformo";

    @AttributeDefinition(name = "Access token lifetime (s)", min = "30")
    long access_ttl_seconds() default 900;

    @AttributeDefinition(name = "Session lifetime (days)", description = "How long refresh tokens keep a session alive.", min = "1")
    long session_ttl_days() default 30;

    @AttributeDefinition(name = "Refresh reuse grace (s)", min = "0",
            description = "A rotated refresh token presented again within this interval (e.g. two tabs) is "
                    + "accepted; later, it revokes the whole session as a stolen token.")
    long refresh_reuse_grace_seconds() default 10;

    @AttributeDefinition(name = "Open registration")
    boolean registration_enabled() default true;

    @AttributeDefinition(name = "Minimum password length", min = "8")
    int password_min_length() default 8;

    @AttributeDefinition(name = "Failed sign-ins before lockout", min = "1",
            description = "After this many failures in a row an account is locked 1 s, then 2 s, 4 s... (capped).")
    int login_failures_before_lockout() default 5;

    @AttributeDefinition(name = "Longest lockout (s)", min = "1")
    long login_lockout_max_seconds() default 900;

    @AttributeDefinition(name = "Failed sign-ins per client address before it is slowed down", min = "1")
    int login_failures_per_address() default 50;

    @AttributeDefinition(name = "Argon2id memory (KiB)", min = "8192")
    int argon2_memory_kib() default 19456;

    @AttributeDefinition(name = "Argon2id iterations", min = "1")
    int argon2_iterations() default 2;
}
