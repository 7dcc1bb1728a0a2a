package org.universo.platformo.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ErrorCode;

class SmallPartsTest {
    @Test
    void traceIdsComeFromTraceparentOrRequestIdOrAreNew() {
        TraceIds ids = new TraceIds();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736",
                ids.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null));
        assertEquals("req-12345678", ids.of(null, "req-12345678"));
        String injected = ids.of("00-00000000000000000000000000000000-00f067aa0ba902b7-01", "bad\nline injection");
        assertEquals(32, injected.length());
        assertTrue(injected.matches("[0-9a-f]{32}"));
        assertNotEquals(ids.of(null, null), ids.of(null, null));
    }

    @Test
    void runtimeStatusesMapToStableCodes() {
        assertEquals(ErrorCode.NOT_FOUND, WebApplicationExceptionMapper.codeFor(404));
        assertEquals(ErrorCode.METHOD_NOT_ALLOWED, WebApplicationExceptionMapper.codeFor(405));
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA_TYPE, WebApplicationExceptionMapper.codeFor(415));
        assertEquals(ErrorCode.BAD_REQUEST, WebApplicationExceptionMapper.codeFor(400));
        assertEquals(ErrorCode.BAD_REQUEST, WebApplicationExceptionMapper.codeFor(418));
        assertEquals(ErrorCode.INTERNAL_ERROR, WebApplicationExceptionMapper.codeFor(502));
    }

    @Test
    void routeTemplatesJoinClassAndMethodPaths() {
        assertEquals("/api/v1/auth/login", Routes.join("/api/v1", Routes.join("auth", "login")));
        assertEquals("/api/v1/health", Routes.join("/api/v1", Routes.join("health", "")));
        assertEquals("unmatched", Routes.template(null));
    }
}
