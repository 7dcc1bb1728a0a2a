package org.universo.platformo.template.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Keeps built apps, content-addressed by the build's input hash (64 lowercase hex digits). An artifact is written once
 * and never changed; {@link #put} must make it visible all at once or not at all. Registered with the service property
 * {@link #KIND_PROPERTY}; the engine picks one by configuration.
 */
@ConsumerType
public interface ArtifactStore {

    /** Service property: {@code fs}, {@code s3}, ... */
    String KIND_PROPERTY = "universo.artifact.store";

    boolean exists(String hash) throws IOException;

    /** Stores the files (path → content); a second put of the same hash leaves the first in place. */
    void put(String hash, Map<String, byte[]> files) throws IOException;

    /** A file of an artifact, or empty when the artifact or the path is not there. */
    Optional<StoredFile> open(String hash, String path) throws IOException;

    void delete(String hash) throws IOException;

    /** An open file with its size; close it. */
    record StoredFile(InputStream content, long size) {
    }
}
