package org.universo.platformo.template.build;

import java.time.Instant;

/** A generated app: its input hash (also its address in the store) and how it was made. */
public record ArtifactInfo(String hash, String templateId, String templateVersion, String target, String spaceId,
        int spaceVersion, String profile, String runtimeVersion, int files, long bytes, long durationMs, String store,
        Instant createdAt) {
}
