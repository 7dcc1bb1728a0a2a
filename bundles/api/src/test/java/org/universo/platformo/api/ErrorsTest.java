package org.universo.platformo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ApiError;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;

class ErrorsTest {

    @Test
    void wireNamesRoundTrip() {
        for (ErrorCode code : ErrorCode.values()) {
            assertSame(code, ErrorCode.fromWire(code.code()));
            assertTrue(code.code().matches("[a-z]+(_[a-z]+)*"), code.code());
            assertEquals(code.name().toLowerCase(Locale.ROOT), code.code());
        }
        Set<String> unique = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
        assertEquals(ErrorCode.values().length, unique.size());
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.fromWire("NOT_FOUND"));
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.fromWire(null));
    }

    @Test
    void httpStatusesAreTheAgreedOnes() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("bad_request", 400), Map.entry("malformed_json", 400), Map.entry("unknown_field", 400),
                Map.entry("validation_failed", 422), Map.entry("unauthorized", 401),
                Map.entry("token_expired", 401), Map.entry("token_invalid", 401), Map.entry("forbidden", 403),
                Map.entry("not_found", 404), Map.entry("method_not_allowed", 405),
                Map.entry("not_acceptable", 406), Map.entry("conflict", 409),
                Map.entry("payload_too_large", 413), Map.entry("unsupported_media_type", 415),
                Map.entry("rate_limited", 429), Map.entry("internal_error", 500), Map.entry("unavailable", 503));
        Map<String, Integer> actual = Arrays.stream(ErrorCode.values())
                .collect(Collectors.toMap(ErrorCode::code, ErrorCode::httpStatus));
        assertEquals(expected, actual);
    }

    @Test
    void errorCodeSerializesAsWireName() throws Exception {
        assertEquals("\"rate_limited\"", SchemaSupport.MAPPER.writeValueAsString(ErrorCode.RATE_LIMITED));
        assertSame(ErrorCode.TOKEN_EXPIRED, SchemaSupport.MAPPER.readValue("\"token_expired\"", ErrorCode.class));
    }

    @Test
    void exceptionFactoriesCarryCodeAndDetails() {
        assertEquals(ErrorCode.NOT_FOUND, ApiException.notFound("World w-1").code());
        assertEquals("World w-1 not found", ApiException.notFound("World w-1").getMessage());
        assertEquals(409, ApiException.conflict("Name taken").httpStatus());
        assertEquals(ErrorCode.FORBIDDEN, ApiException.forbidden("No").code());
        assertEquals(ErrorCode.BAD_REQUEST, ApiException.badRequest("Bad").code());
        assertEquals(ErrorCode.UNAUTHORIZED, ApiException.unauthorized("Who?").code());

        Map<String, Object> fields = new HashMap<>(Map.of("name", "must not be blank"));
        ApiException validation = ApiException.validation(fields);
        fields.put("late", "change");
        assertEquals(422, validation.httpStatus());
        assertEquals(Map.of("fields", Map.of("name", "must not be blank")), validation.details());
        assertThrows(UnsupportedOperationException.class, () -> validation.details().put("x", 1));

        ApiError body = validation.toApiError("trace-1");
        assertEquals("validation_failed", body.code());
        assertEquals(validation.details(), body.details());
        assertNull(ApiException.conflict("Name taken").toApiError("trace-2").details());
        assertTrue(ApiException.conflict("x").details().isEmpty());
    }

    @Test
    void apiErrorRejectsUnknownCodes() {
        assertThrows(IllegalArgumentException.class, () -> new ApiError("oops", "m", null, "t"));
        assertThrows(IllegalArgumentException.class, () -> new ApiError("conflict", "m", null, " "));
    }
}
