package org.universo.platformo.template.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.universo.platformo.template.spi.ArtifactWriter;

/**
 * Collects generated files in path order (so the artifact is the same whatever order a generator writes in), and
 * refuses paths that could escape the artifact and apps over the size limit.
 */
final class MemoryWriter implements ArtifactWriter {
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final long maxBytes;
    private long bytes;

    MemoryWriter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized void add(String path, byte[] content) {
        if (!SafePaths.safe(path)) {
            throw new IllegalArgumentException("Not a safe relative path: " + path);
        }
        byte[] previous = files.put(path, content.clone());
        bytes += content.length - (previous == null ? 0 : previous.length);
        if (bytes > maxBytes) {
            throw new IllegalStateException("The app is larger than the limit of " + maxBytes + " bytes");
        }
    }

    @Override
    public void addText(String path, String utf8Text) {
        add(path, utf8Text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void copy(String path, ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Resource " + resource + " is missing from the template bundle");
            }
            add(path, in.readAllBytes());
        }
    }

    synchronized Map<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    synchronized long bytes() {
        return bytes;
    }
}
