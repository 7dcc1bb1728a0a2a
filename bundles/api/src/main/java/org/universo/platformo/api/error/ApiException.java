package org.universo.platformo.api.error;

import java.util.Map;
import org.universo.platformo.api.Checks;

/**
 * Thrown by services to end a request with a given {@link ErrorCode}; the REST layer turns it into an
 * {@link ApiError}. Messages are shown to clients, so they must not leak internals.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final Map<String, Object> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = Checks.present(code, "ApiException.code");
        this.details = details == null || details.isEmpty() ? Map.of() : Checks.mapCopy(details);
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra machine-readable context; empty, never null. */
    public Map<String, Object> details() {
        return details;
    }

    public int httpStatus() {
        return code.httpStatus();
    }

    /** The REST body for this failure; empty details are omitted from the JSON. */
    public ApiError toApiError(String traceId) {
        return ApiError.of(code, getMessage(), details.isEmpty() ? null : details, traceId);
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message);
    }

    /** Field errors go under {@code details.fields} so other details can be added without a clash. */
    public static ApiException validation(Map<String, Object> fieldErrors) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "Validation failed",
                Map.of("fields", Checks.mapCopy(Checks.present(fieldErrors, "fieldErrors"))));
    }
}
