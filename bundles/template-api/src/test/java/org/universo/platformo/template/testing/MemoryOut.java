package org.universo.platformo.template.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.universo.platformo.template.spi.ArtifactWriter;

/** Collects generated files for template unit tests. */
public final class MemoryOut implements ArtifactWriter {
    public final SortedMap<String, byte[]> files = new TreeMap<>();

    @Override
    public void add(String path, byte[] content) {
        files.put(path, content.clone());
    }

    @Override
    public void addText(String path, String utf8Text) {
        add(path, utf8Text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void copy(String path, ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            add(path, in.readAllBytes());
        }
    }

    public String text(String path) {
        byte[] b = files.get(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** Same paths with the same bytes. */
    public boolean sameAs(MemoryOut other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.files.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
