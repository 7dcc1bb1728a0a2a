package org.universo.platformo.rest.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The caller's W3C traceparent trace id or X-Request-Id when well formed (so logs join up across services),
 * else a new random id. Anything else is ignored: a header must not inject text into logs.
 */
final class TraceIds {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private final SecureRandom random = new SecureRandom();

    String of(String traceparent, String requestId) {
        if (traceparent != null) {
            String[] parts = traceparent.trim().split("-");
            if (parts.length == 4 && TRACE_ID.matcher(parts[1]).matches() && !parts[1].matches("0+")) {
                return parts[1];
            }
        }
        if (requestId != null && SAFE_ID.matcher(requestId).matches()) {
            return requestId;
        }
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
