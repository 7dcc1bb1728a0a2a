package org.universo.platformo.auth.api;

/** EventAdmin topics posted by the auth bundle, with the property names they carry. */
public final class AuthEvents {
    /** A new account exists (registration or first sign-in through an external provider). */
    public static final String USER_CREATED = "universo/auth/user/created";
    /** A session family was revoked (logout, refresh-token reuse, administrator). */
    public static final String SESSION_REVOKED = "universo/auth/session/revoked";

    public static final String PROP_USER_ID = "userId";
    public static final String PROP_SESSION_ID = "sessionId";
    public static final String PROP_PROVIDER = "provider";
    public static final String PROP_REASON = "reason";

    private AuthEvents() {
    }
}
