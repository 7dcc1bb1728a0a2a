package org.universo.platformo.utils.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.utils.schema.SchemaValidatorTest.json;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Remote references must be refused before any connection is even attempted. */
class NoNetworkTest {

    private final SchemaValidator validator = SchemaValidators.create();
    private final List<URI> attempted = new CopyOnWriteArrayList<>();
    private ProxySelector original;

    @BeforeEach
    void guardNetwork() {
        // Every java.net URL connection asks the default ProxySelector first: record and fail.
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempted.add(uri);
                throw new IllegalStateException("network access attempted: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(original);
    }

    @Test
    void bundleSchemaWithRemoteRefIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> validator.validate(
                getClass().getClassLoader(), "test/External.schema.json", json("{'remote':1}")));
        assertTrue(e.getMessage().contains("http://example.com/x.json"), e.getMessage());
        assertTrue(e.getMessage().contains("Refusing"), e.getMessage());
        assertEquals(List.of(), attempted);
    }

    @Test
    void inMemorySchemaWithRemoteRefIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> validator.validate(json("{'$ref':'http://example.com/x.json'}"), json("{}")));
        assertThrows(IllegalArgumentException.class,
                () -> validator.validate(json("{'$ref':'https://example.com/x.json#/a'}"), json("{}")));
        assertEquals(List.of(), attempted);
    }

    @Test
    void remoteMetaSchemaIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> validator.validate(json("{'$schema':'http://example.com/x.json'}"), json("{}")));
        List<Violation> problems = validator.checkSchema(json("{'$schema':'http://example.com/x.json'}"));
        assertTrue(SchemaValidatorTest.has(problems, "/$schema", "$schema"), problems::toString);
        assertEquals(List.of(), attempted);
    }

    @Test
    void checkSchemaReportsRemoteRefAsViolation() {
        List<Violation> problems = validator.checkSchema(
                json("{'properties':{'a':{'$ref':'http://example.com/x.json'}}}"));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("$ref", problems.get(0).keyword());
        assertTrue(problems.get(0).message().contains("http://example.com/x.json"), problems::toString);
        assertFalse(validator.checkSchema(getClass().getClassLoader(), "test/External.schema.json").isEmpty());
        assertEquals(List.of(), attempted);
    }

    @Test
    void reachableLoopbackServerIsNeverContacted() throws IOException {
        ProxySelector.setDefault(original); // a real connection would succeed here
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\":\"string\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.json";
            assertThrows(IllegalArgumentException.class,
                    () -> validator.validate(json("{'$ref':'" + url + "'}"), json("1")));
            assertEquals(1, validator.checkSchema(json("{'$ref':'" + url + "'}")).size());
            assertEquals(0, requests.get());
        } finally {
            server.stop(0);
        }
    }
}
