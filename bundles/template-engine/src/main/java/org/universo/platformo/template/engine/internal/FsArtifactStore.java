package org.universo.platformo.template.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.universo.platformo.template.store.ArtifactStore;

/**
 * Artifacts as folders under a root directory ({@code <root>/<hash[0..2]>/<hash>/...}). A put writes into a temporary
 * folder and renames it into place, so readers see a whole artifact or none.
 */
@Component(service = ArtifactStore.class, property = ArtifactStore.KIND_PROPERTY + "=fs",
        configurationPid = FsArtifactStore.PID)
@Designate(ocd = FsArtifactStore.Config.class)
public final class FsArtifactStore implements ArtifactStore {
    static final String PID = "org.universo.platformo.artifacts.fs";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @ObjectClassDefinition(name = "Universo Platformo artifacts on the local file system")
    public @interface Config {
        @AttributeDefinition(name = "Root directory", description = "Empty: ${karaf.data}/universo/artifacts")
        String root() default "";
    }

    private final Path root;

    @Activate
    public FsArtifactStore(Config config) throws IOException {
        String configured = config.root();
        this.root = configured.isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "universo", "artifacts") : Path.of(configured);
        Files.createDirectories(root);
    }

    @Override
    public boolean exists(String hash) {
        return Files.isDirectory(dir(hash));
    }

    @Override
    public void put(String hash, Map<String, byte[]> files) throws IOException {
        Path target = dir(hash);
        if (Files.isDirectory(target)) {
            return;
        }
        Path tmp = root.resolve(".tmp-" + UUID.randomUUID());
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = inside(tmp, f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            // another writer put the same hash first (rename onto a full folder: "Directory not empty"); same hash,
            // same files
            if (!Files.isDirectory(target)) {
                throw e;
            }
        } finally {
            deleteTree(tmp);
        }
    }

    @Override
    public Optional<StoredFile> open(String hash, String path) throws IOException {
        if (!HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = inside(dir(hash), path);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        InputStream in = Files.newInputStream(file);
        return Optional.of(new StoredFile(in, Files.size(file)));
    }

    @Override
    public void delete(String hash) throws IOException {
        deleteTree(dir(hash));
    }

    private Path dir(String hash) {
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("Not an artifact hash: " + hash);
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    /** Resolves a relative path and refuses anything that would leave {@code base}. */
    private static Path inside(Path base, String path) {
        Path file = base.resolve(path).normalize();
        if (!SafePaths.safe(path) || !file.startsWith(base) || file.equals(base)) {
            throw new IllegalArgumentException("Path leaves the artifact: " + path);
        }
        return file;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
