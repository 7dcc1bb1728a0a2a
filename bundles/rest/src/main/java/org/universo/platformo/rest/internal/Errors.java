package org.universo.platformo.rest.internal;

import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slf4j.MDC;
import org.universo.platformo.api.error.ApiError;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.rest.RestApi;

/** Builds the one error body shape of the API: {code, message, details?, traceId}. */
final class Errors {
    private Errors() {
    }

    static Response of(ErrorCode code, int status, String message, Map<String, Object> details) {
        ApiError body = new ApiError(code.code(), message, details == null || details.isEmpty() ? null : details,
                traceId());
        Response.ResponseBuilder r = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (details != null && details.get("retryAfterSeconds") instanceof Number n) {
            r.header("Retry-After", n.longValue());
        }
        return r.build();
    }

    static Response of(ApiException e) {
        return of(e.code(), e.httpStatus(), e.getMessage(), e.details());
    }

    static String traceId() {
        String id = MDC.get(RestApi.TRACE_PROPERTY);
        return id == null ? "none" : id;
    }

    /** The first ApiException in a cause chain, so errors wrapped by the JAX-RS runtime keep their meaning. */
    static ApiException apiCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ApiException a) {
                return a;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
