package org.universo.platformo.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Reads a schema's migration scripts from the bundle that owns them (Bundle.findEntries), or from a class-path
 * folder when running outside OSGi (unit tests). Never scans the file system beyond the owner's own resources.
 */
final class MigrationSource {
    static final String ROOT = "UNIVERSO-INF/migrations/";

    private MigrationSource() {
    }

    static List<Migration> of(Class<?> anchor, String schema) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        List<Migration> out = new ArrayList<>();
        if (bundle != null) {
            Enumeration<URL> e = bundle.findEntries(ROOT + schema, "V*.sql", false);
            for (URL url : e == null ? Collections.<URL>emptyList() : Collections.list(e)) {
                add(out, url);
            }
        } else {
            fromClassPath(anchor.getClassLoader(), schema, out);
        }
        return out;
    }

    private static void fromClassPath(ClassLoader loader, String schema, List<Migration> out) {
        URL dir = loader.getResource(ROOT + schema);
        if (dir == null) {
            return;
        }
        try {
            java.net.URI uri = dir.toURI();
            if ("jar".equals(uri.getScheme())) {
                // another module's migrations, from its jar (tests of bundles that build on it)
                try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
                    list(fs.provider().getPath(uri), out);
                }
            } else {
                list(Path.of(uri), out);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list migrations in " + dir, e);
        }
    }

    private static void list(Path dir, List<Migration> out) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                add(out, p.toUri().toURL());
            }
        }
    }

    private static void add(List<Migration> out, URL url) {
        String path = url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = url.openStream()) {
            Migration m = Migration.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (m != null) {
                out.add(m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + url, e);
        }
    }
}
