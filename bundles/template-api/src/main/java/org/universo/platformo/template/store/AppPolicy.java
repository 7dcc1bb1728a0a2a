package org.universo.platformo.template.store;

/**
 * Response headers for serving a built app (publications and previews). An app runs its template's and its
 * contributors' scripts; served on the editor's origin it could read the editor's tokens and call the API as the
 * creator. Unless apps have an origin of their own, each is served inside a CSP sandbox: the browser gives the page
 * an opaque origin, so it reaches no storage, cookies or same-origin answers of the host, and talks to the API as
 * any other site does (bearer tokens, CORS).
 */
public final class AppPolicy {
    /** What a sandboxed app may still do: run scripts, send forms, open pop-ups, lock the pointer, download. */
    public static final String SANDBOX = "sandbox allow-scripts allow-forms allow-popups allow-pointer-lock "
            + "allow-downloads";

    private AppPolicy() {
    }

    /**
     * The Content-Security-Policy for an app.
     *
     * @param sandboxed true unless apps are served from an origin of their own
     * @param frameAncestors who may frame the app, e.g. {@code 'self'} or {@code 'self' https://example.org}
     */
    public static String contentSecurityPolicy(boolean sandboxed, String frameAncestors) {
        String ancestors = frameAncestors == null || frameAncestors.isBlank() ? "'self'" : frameAncestors.trim();
        // scripts, styles and media only from the app itself (apps ship their engines); the API and rooms anywhere
        // the build profile points them
        return (sandboxed ? SANDBOX + "; " : "")
                + "default-src 'self' data: blob:; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src * data: blob:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors " + ancestors;
    }
}
