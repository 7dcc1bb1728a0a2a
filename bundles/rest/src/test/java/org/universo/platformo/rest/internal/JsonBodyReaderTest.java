package org.universo.platformo.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.utils.schema.SchemaValidators;

class JsonBodyReaderTest {
    private final JsonBodyReader reader = new JsonBodyReader(JsonMappers.strict(), SchemaValidators.create());

    @Test
    void bindsAValidBody() {
        assertEquals(new Greeting("Ann", 2), read(Greeting.class, "{\"name\":\"Ann\",\"times\":2}"));
    }

    @Test
    void malformedJsonSaysWhere() {
        ApiException e = fail(Greeting.class, "{\n \"name\": ");
        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertEquals(2, e.details().get("line"));
        assertEquals(ErrorCode.MALFORMED_JSON, fail(Greeting.class, "{\"name\":\"a\"} trailing").code());
        assertEquals(ErrorCode.MALFORMED_JSON, fail(Greeting.class, "{\"name\":\"a\",\"name\":\"b\"}").code());
        assertEquals(ErrorCode.BAD_REQUEST, fail(Greeting.class, "").code());
    }

    @Test
    void schemaViolationsAreAllReportedWithPointers() {
        ApiException e = fail(Greeting.class, "{\"name\":\"\",\"times\":0,\"extra\":true}");
        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) e.details().get("errors");
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(x -> "/name".equals(x.get("pointer"))));
        assertTrue(errors.stream().anyMatch(x -> "/times".equals(x.get("pointer"))));
    }

    @Test
    void nulAndLoneSurrogatesAre422WithOrWithoutASchemaAndEmojiBind() {
        assertEquals(new Plain("\uD83D\uDE80", 1), read(Plain.class, "{\"name\":\"\\ud83d\\ude80\",\"count\":1}"));
        for (Class<?> type : List.of(Plain.class, Greeting.class)) {
            ApiException nul = fail(type, "{\"name\":\"a\\u0000\",\"count\":1,\"times\":1}");
            assertEquals(ErrorCode.VALIDATION_FAILED, nul.code(), type.getName());
            assertTrue(nul.details().toString().contains("pointer=/name"), nul.details().toString());
            ApiException lone = fail(type, "{\"name\":\"\\ud800x\",\"count\":1,\"times\":1}");
            assertTrue(lone.details().toString().contains("lone surrogate"), lone.details().toString());
        }
    }

    @Test
    void recordInvariantsBecomeValidationErrors() {
        ApiException e = fail(Greeting.class, "{\"name\":\"a\",\"times\":500}");
        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
        assertTrue(e.details().toString().contains("at most 100"), e.details().toString());
    }

    @Test
    void strictBindingWithoutASchema() {
        assertEquals(new Plain("a", 3), read(Plain.class, "{\"name\":\"a\",\"count\":3}"));
        ApiException unknown = fail(Plain.class, "{\"name\":\"a\",\"count\":3,\"admin\":true}");
        assertEquals(ErrorCode.UNKNOWN_FIELD, unknown.code());
        assertEquals("/admin", unknown.details().get("pointer"));
        assertEquals(ErrorCode.VALIDATION_FAILED, fail(Plain.class, "{\"name\":\"a\",\"count\":\"3\"}").code());
        assertEquals(ErrorCode.VALIDATION_FAILED, fail(Plain.class, "{\"name\":\"a\",\"count\":3.5}").code());
        assertEquals(ErrorCode.VALIDATION_FAILED, fail(Plain.class, "{\"name\":\"a\",\"count\":null}").code());
    }

    @Test
    void oversizedBodiesStopWhileReading() {
        String big = "{\"name\":\"" + "x".repeat(5000) + "\"}";
        ApiException e = assertThrows(ApiException.class, () -> reader.read(Greeting.class, Greeting.class,
                new LimitedInputStream(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), 1024)));
        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, e.code());
        assertEquals(1024L, e.details().get("limitBytes"));
    }

    private Object read(Class<?> type, String json) {
        return reader.read(type, type, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private ApiException fail(Class<?> type, String json) {
        return assertThrows(ApiException.class, () -> read(type, json));
    }
}
