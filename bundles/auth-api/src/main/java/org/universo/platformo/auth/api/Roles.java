package org.universo.platformo.auth.api;

/** Platform-wide roles; domain bundles may define finer ones of their own. */
public final class Roles {
    /** Every signed-in account. */
    public static final String USER = "user";
    /** Operators of the platform. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
