package org.universo.platformo.template.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsArtifactStoreTest {
    private static final String HASH = "0f".repeat(32);

    @TempDir
    Path root;

    @Test
    void storesWholeArtifactsOnceAndNeverServesOutsideThem() throws Exception {
        Files.writeString(root.resolve("secret.txt"), "outside");
        FsArtifactStore store = new FsArtifactStore(config(root));
        assertFalse(store.exists(HASH));
        store.put(HASH, Map.of("index.html", new byte[] {1, 2}, "js/app.js", new byte[] {3}));
        store.put(HASH, Map.of("index.html", new byte[] {9}));
        assertTrue(store.exists(HASH));
        try (InputStream in = store.open(HASH, "index.html").orElseThrow().content()) {
            assertArrayEquals(new byte[] {1, 2}, in.readAllBytes(), "the first put stays");
        }
        for (String bad : new String[] {"../../secret.txt", "../" + HASH + "/index.html", "/etc/passwd", "js", ""}) {
            assertTrue(store.open(HASH, bad).isEmpty(), bad);
        }
        assertTrue(store.open("../x", "index.html").isEmpty());
        try (var files = Files.list(root)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "no temporary folders left");
        }
        store.delete(HASH);
        assertFalse(store.exists(HASH));
    }

    @Test
    void racingPutsOfOneHashAllSucceedWithOneWholeArtifact() throws Exception {
        FsArtifactStore store = new FsArtifactStore(config(root));
        Map<String, byte[]> files = new java.util.HashMap<>();
        for (int i = 0; i < 40; i++) {
            files.put("f" + i + "/page.html", new byte[] {(byte) i});
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String hash = String.format("%064x", round + 1);
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    all.add(pool.submit(() -> {
                        go.await();
                        store.put(hash, files);
                        return null;
                    }));
                }
                go.countDown();
                for (java.util.concurrent.Future<?> f : all) {
                    f.get(); // before the fix one in a few failed with DirectoryNotEmptyException
                }
                try (InputStream in = store.open(hash, "f39/page.html").orElseThrow().content()) {
                    assertArrayEquals(new byte[] {39}, in.readAllBytes());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (var left = Files.list(root)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "no temporary folders left");
        }
    }

    @Test
    void failureMessagesNeverCarryServerPaths() {
        String dir = root.toAbsolutePath().toString();
        String m = Failures.message(new java.nio.file.DirectoryNotEmptyException(dir + "/ab/abcdef"));
        assertFalse(m.contains(dir), m);
        assertTrue(m.startsWith("The artifact could not be stored (DirectoryNotEmptyException)"), m);
        String plugin = Failures.message(new IllegalStateException("cannot read /opt/karaf/data/x.json for scene 'a/b'"));
        assertFalse(plugin.contains("/opt/karaf"), plugin);
        assertTrue(plugin.contains("for scene 'a/b'"), "relative names stay: " + plugin);
        org.junit.jupiter.api.Assertions.assertEquals("asked to fail", Failures.message(new IllegalStateException("asked to fail")));
        assertTrue(Failures.message(new StackOverflowError()).contains("StackOverflowError"));
        org.junit.jupiter.api.Assertions.assertEquals("NullPointerException", Failures.message(new NullPointerException()));
    }

    private static FsArtifactStore.Config config(Path root) {
        return new FsArtifactStore.Config() {
            @Override
            public String root() {
                return root.toString();
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FsArtifactStore.Config.class;
            }
        };
    }
}
