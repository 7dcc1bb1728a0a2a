package org.universo.platformo.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class CorsTest {
    @Test
    void anyOriginWithoutCredentialsAndPreflightsOnlyWithTheirHeaders() {
        Cors any = new Cors(new String[] {"*"});
        ContainerRequestContext pre = request("OPTIONS", Map.of("Origin", "null", "Access-Control-Request-Method", "POST"));
        assertTrue(any.isPreflight(pre));
        Map<String, String> answer = any.preflight(pre);
        assertEquals("*", answer.get("Access-Control-Allow-Origin"));
        assertTrue(answer.get("Access-Control-Allow-Headers").contains("Authorization"));
        assertNull(answer.get("Access-Control-Allow-Credentials"), "never credentials");
        assertFalse(any.isPreflight(request("OPTIONS", Map.of("Origin", "null"))));
        MultivaluedHashMap<String, Object> h = new MultivaluedHashMap<>();
        any.decorate(request("GET", Map.of("Origin", "https://apps.example.org")), h);
        assertEquals("*", h.getFirst("Access-Control-Allow-Origin"));
        assertTrue(h.getFirst("Access-Control-Expose-Headers").toString().contains("X-Trace-Id"));
        MultivaluedHashMap<String, Object> same = new MultivaluedHashMap<>();
        any.decorate(request("GET", Map.of()), same);
        assertTrue(same.isEmpty(), "no Origin, no CORS headers");
    }

    @Test
    void aListNamesItsOriginsAndOthersGetNothing() {
        Cors listed = new Cors(new String[] {"https://apps.example.org, https://b.example.org", " "});
        MultivaluedHashMap<String, Object> h = new MultivaluedHashMap<>();
        listed.decorate(request("GET", Map.of("Origin", "https://apps.example.org")), h);
        assertEquals("https://apps.example.org", h.getFirst("Access-Control-Allow-Origin"));
        assertEquals("Origin", h.getFirst("Vary"));
        MultivaluedHashMap<String, Object> other = new MultivaluedHashMap<>();
        listed.decorate(request("GET", Map.of("Origin", "https://evil.example")), other);
        assertTrue(other.isEmpty());
        assertTrue(new Cors(new String[0]).preflight(request("OPTIONS", Map.of("Origin", "null",
                "Access-Control-Request-Method", "GET"))).isEmpty());
    }

    private static ContainerRequestContext request(String method, Map<String, String> headers) {
        return (ContainerRequestContext) Proxy.newProxyInstance(CorsTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeaderString" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
