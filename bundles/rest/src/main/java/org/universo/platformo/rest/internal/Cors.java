package org.universo.platformo.rest.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MultivaluedMap;

/**
 * Lets browser pages of other origins call the API: published apps live on an origin of their own or in a sandbox
 * (origin "null"). No credentials are ever allowed: the API takes bearer tokens, so a foreign page learns nothing
 * it could not fetch with its own token.
 */
final class Cors {
    private static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final String HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, "
            + "X-Request-Id, traceparent";
    private static final String EXPOSED = "X-Trace-Id, ETag, Location, Retry-After, Server-Timing";

    private final boolean any;
    private final Set<String> origins;

    Cors(String[] allowed) {
        Set<String> all = Arrays.stream(allowed == null ? new String[0] : allowed).filter(o -> o != null)
                .flatMap(o -> Arrays.stream(o.split("[,\\s]+"))).filter(o -> !o.isBlank())
                .collect(Collectors.toUnmodifiableSet());
        this.any = all.contains("*");
        this.origins = all;
    }

    boolean isPreflight(ContainerRequestContext r) {
        return "OPTIONS".equals(r.getMethod()) && r.getHeaderString("Origin") != null
                && r.getHeaderString("Access-Control-Request-Method") != null;
    }

    /** The headers of the 204 answering a preflight; none for an origin that may not call. */
    Map<String, String> preflight(ContainerRequestContext r) {
        String origin = allowed(r.getHeaderString("Origin"));
        if (origin == null) {
            return Map.of();
        }
        return Map.of("Access-Control-Allow-Origin", origin, "Access-Control-Allow-Methods", METHODS,
                "Access-Control-Allow-Headers", HEADERS, "Access-Control-Max-Age", "600", "Vary", "Origin");
    }

    void decorate(ContainerRequestContext r, MultivaluedMap<String, Object> headers) {
        String origin = allowed(r.getHeaderString("Origin"));
        if (origin != null) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED);
            if (!any) {
                headers.add("Vary", "Origin");
            }
        }
    }

    /** The value for Access-Control-Allow-Origin, or null when this origin may not call. */
    private String allowed(String origin) {
        if (origin == null) {
            return null;
        }
        return any ? "*" : origins.contains(origin) ? origin : null;
    }
}
