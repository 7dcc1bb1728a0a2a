package org.universo.platformo.api.error;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stable error codes of the platform. Clients branch on {@link #code()}, never on messages; the HTTP status
 * is derived from the code so every REST resource reports the same failure the same way.
 */
public enum ErrorCode {
    BAD_REQUEST("bad_request", 400),
    MALFORMED_JSON("malformed_json", 400),
    UNKNOWN_FIELD("unknown_field", 400),
    VALIDATION_FAILED("validation_failed", 422),
    UNAUTHORIZED("unauthorized", 401),
    TOKEN_EXPIRED("token_expired", 401),
    TOKEN_INVALID("token_invalid", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not_found", 404),
    METHOD_NOT_ALLOWED("method_not_allowed", 405),
    NOT_ACCEPTABLE("not_acceptable", 406),
    CONFLICT("conflict", 409),
    PAYLOAD_TOO_LARGE("payload_too_large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415),
    RATE_LIMITED("rate_limited", 429),
    INTERNAL_ERROR("internal_error", 500),
    UNAVAILABLE("unavailable", 503);

    private static final Map<String, ErrorCode> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final String code;
    private final int httpStatus;

    ErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The wire name, lowercase snake_case. */
    @JsonValue
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Inverse of {@link #code()}; rejects unknown names rather than guessing. */
    @JsonCreator
    public static ErrorCode fromWire(String code) {
        ErrorCode found = code == null ? null : BY_WIRE.get(code);
        if (found == null) {
            throw new IllegalArgumentException("Unknown error code: " + code);
        }
        return found;
    }
}
