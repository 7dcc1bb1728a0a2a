package org.universo.platformo.artifacts.s3.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.universo.platformo.template.store.ArtifactStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3-compatible server (s3proxy in its own process), not a mock. */
class S3ArtifactStoreTest {
    private static final String HASH = "ab".repeat(32);
    @TempDir
    static Path work;
    private static S3Proxy server;
    private static S3ArtifactStore store;

    @BeforeAll
    static void start() throws Exception {
        server = new S3Proxy(work);
        try (S3Client admin = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .endpointOverride(URI.create(server.endpoint())).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Proxy.IDENTITY,
                        S3Proxy.CREDENTIAL))).build()) {
            admin.createBucket(b -> b.bucket("apps"));
        }
        store = new S3ArtifactStore(config(server.endpoint()));
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.deactivate();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anArtifactIsStoredReadAndDeleted() throws Exception {
        Map<String, byte[]> files = new TreeMap<>(Map.of("index.html", bytes("<!doctype html>"),
                "engine/aframe.min.js", new byte[70_000], "assets/a b.txt".replace(' ', '_'), bytes("x")));
        assertFalse(store.exists(HASH));
        assertTrue(store.open(HASH, "index.html").isEmpty(), "nothing before the put");
        store.put(HASH, files);
        assertTrue(store.exists(HASH));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ArtifactStore.StoredFile file = store.open(HASH, f.getKey()).orElseThrow();
            try (InputStream in = file.content()) {
                assertArrayEquals(f.getValue(), in.readAllBytes(), f.getKey());
            }
            assertEquals(f.getValue().length, file.size());
        }
        assertTrue(store.open(HASH, "missing.js").isEmpty());
        assertTrue(store.open(HASH, "../other/index.html").isEmpty());
        assertTrue(store.open(HASH, "/index.html").isEmpty());
        store.put(HASH, Map.of("index.html", bytes("changed")));
        try (InputStream in = store.open(HASH, "index.html").orElseThrow().content()) {
            assertEquals("<!doctype html>", new String(in.readAllBytes(), StandardCharsets.UTF_8), "artifacts are immutable");
        }
        store.delete(HASH);
        assertFalse(store.exists(HASH));
        assertTrue(store.open(HASH, "index.html").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.put("not-a-hash", Map.of()));
    }

    @Test
    void aWrongSecretIsAnIoErrorNotACrash() throws Exception {
        S3ArtifactStore wrong = new S3ArtifactStore(new Cfg(server.endpoint(), "wrong-secret"));
        try {
            assertThrows(IOException.class, () -> wrong.put("cd".repeat(32), Map.of("index.html", bytes("x"))));
        } finally {
            wrong.deactivate();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static S3Config config(String endpoint) {
        return new Cfg(endpoint, S3Proxy.CREDENTIAL);
    }

    /** The typed configuration as the runtime would give it. */
    private record Cfg(String endpoint, String secret_key) implements S3Config {
        @Override
        public String bucket() {
            return "apps";
        }

        @Override
        public String prefix() {
            return "artifacts/";
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public boolean path_style() {
            return true;
        }

        @Override
        public String access_key() {
            return S3Proxy.IDENTITY;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return S3Config.class;
        }
    }
}
