package org.universo.platformo.rest;

/** Names shared by the platform's JAX-RS application and the bundles that contribute to it. */
public final class RestApi {
    /** The JAX-RS whiteboard name of the platform application. */
    public static final String APP_NAME = "universo";
    /** Filter to put in {@code @JaxrsApplicationSelect} on resources and extensions. */
    public static final String APP_SELECT = "(osgi.jaxrs.name=" + APP_NAME + ")";
    /** Path of the application under the HTTP server's root. */
    public static final String BASE = "/api/v1";
    /** Response header carrying the trace id of a request. */
    public static final String TRACE_HEADER = "X-Trace-Id";
    /** Request property holding the trace id. */
    public static final String TRACE_PROPERTY = "universo.traceId";

    /**
     * Servlet request attribute holding the client's address: the connection's, or the one a trusted proxy
     * names in X-Forwarded-For ({@code trusted.proxies} in {@code etc/org.universo.platformo.rest.cfg}).
     * Throttles and audit logs key on it, never on the header itself.
     */
    public static final String CLIENT_ADDRESS_PROPERTY = "universo.clientAddress";

    private RestApi() {
    }
}
