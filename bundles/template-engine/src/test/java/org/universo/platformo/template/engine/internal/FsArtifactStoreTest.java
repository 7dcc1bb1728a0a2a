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
