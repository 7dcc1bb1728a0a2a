package org.universo.platformo.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.rest.RestApi;

/**
 * Errors the JAX-RS runtime raises itself (no route, wrong method, unsupported media type). Their text can
 * name internal classes, so the body carries a fixed message per status instead.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApi.APP_SELECT)
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        ApiException api = Errors.apiCause(e);
        if (api != null) {
            return Errors.of(api);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // JAX-RS reports a query/path parameter it cannot convert as 404; for the client it is a bad request
            return Errors.of(ErrorCode.BAD_REQUEST, 400, "A path or query parameter has the wrong format", null);
        }
        ErrorCode code = codeFor(status);
        return Errors.of(code, status, messageFor(status), null);
    }

    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
        };
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation; ask for application/json";
            case 415 -> "Unsupported media type; send application/json";
            case 401 -> "Authentication required";
            case 403 -> "Not allowed";
            default -> status >= 500 ? "Internal error" : "Bad request";
        };
    }
}
