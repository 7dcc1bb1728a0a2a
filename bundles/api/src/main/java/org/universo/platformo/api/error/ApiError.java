package org.universo.platformo.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * The JSON body of every REST error. {@code code} is an {@link ErrorCode} wire name and {@code traceId}
 * correlates the response with server logs.
 */
@JsonSchemaRef("error/ApiError.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, Map<String, Object> details, String traceId) {

    public ApiError {
        ErrorCode.fromWire(code);
        Checks.nonBlank(message, "ApiError.message");
        details = Checks.mapCopy(details);
        Checks.nonBlank(traceId, "ApiError.traceId");
    }

    public static ApiError of(ErrorCode code, String message, Map<String, Object> details, String traceId) {
        return new ApiError(code.code(), message, details, traceId);
    }
}
