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

    @AttributeDefinition(name = "Key file", required = false,
            description = "AES key sealing the generated secret in the database; created on first start (mode 600). "
                    + "Empty: ${karaf.etc}/universo-secrets.key. Every node on one database needs the same file.")
    String key_file() default "";

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

    @AttributeDefinition(name = "Hand-off code lifetime (s)", min = "5", max = "600",
            description = "How long a one-time hand-off code (the editor's Play opening a published app signed in) "
                    + "may be redeemed.")
    long handoff_ttl_seconds() default 60;

    @AttributeDefinition(name = "Open registration")
    boolean registration_enabled() default true;

    @AttributeDefinition(name = "First account administers", description = "The first account registered on a "
            + "fresh installation becomes its administrator (exactly one, even when several register at once). "
            + "false: nobody does; make administrators with universo:role <email> add admin.")
    boolean first_user_admin() default true;

    @AttributeDefinition(name = "Minimum password length", min = "8")
    int password_min_length() default 8;

    @AttributeDefinition(name = "Failed sign-ins to one account from one address before it is slowed down",
            min = "1", description = "Then that address waits 1 s, 2 s, 4 s... (capped) before trying that account "
                    + "again; the account's owner elsewhere is not affected.")
    int login_failures_before_lockout() default 5;

    @AttributeDefinition(name = "Longest delay (s)", min = "1",
            description = "Cap of every progressive delay; twice this without a failure forgives a key.")
    long login_lockout_max_seconds() default 900;

    @AttributeDefinition(name = "Failed sign-ins per client address (any accounts) before it is slowed down",
            min = "1")
    int login_failures_per_address() default 50;

    @AttributeDefinition(name = "Failed sign-ins per account (any addresses) before it is slowed down", min = "1",
            description = "Slows a guesser spread over many addresses; addresses that signed in to the account "
                    + "before are exempt.")
    int login_failures_per_account() default 100;

    @AttributeDefinition(name = "Registrations per client address before it is slowed down", min = "1",
            description = "Counted over an hour.")
    int registrations_per_address() default 10;

    @AttributeDefinition(name = "Failed token refreshes per client address before it is slowed down", min = "1")
    int refresh_failures_per_address() default 20;

    @AttributeDefinition(name = "Throttle memory (keys per counter)", min = "1000",
            description = "Least recently used keys are forgotten beyond this, one by one.")
    long throttle_max_keys() default 100_000;

    @AttributeDefinition(name = "Argon2id memory (KiB)", min = "8192")
    int argon2_memory_kib() default 19456;

    @AttributeDefinition(name = "Argon2id iterations", min = "1")
    int argon2_iterations() default 2;
}
