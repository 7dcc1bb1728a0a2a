package org.universo.platformo.template.build;

import java.time.Instant;
import java.util.List;

/** A generated app: its input hash (also its address in the store), how it was made, and its files in path order. */
public record ArtifactInfo(String hash, String templateId, String templateVersion, String target, String spaceId,
        int spaceVersion, String profile, String runtimeVersion, int files, long bytes, long durationMs, String store,
        Instant createdAt, List<String> paths) {

    public ArtifactInfo {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }
}
