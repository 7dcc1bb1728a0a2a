package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.Instant;
import org.universo.platformo.template.build.ArtifactInfo;
import org.universo.platformo.template.build.BuildJob;
import org.universo.platformo.template.build.BuildStatus;
import org.universo.platformo.template.engine.internal.store.ArtifactEntity;
import org.universo.platformo.template.engine.internal.store.JobEntity;

/** Stored rows to API records. */
final class Views {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Views() {
    }

    static BuildJob of(JobEntity j) {
        try {
            return new BuildJob(j.id, BuildStatus.fromWire(j.status), j.spaceId, j.spaceVersion, j.templateId,
                    j.templateVersion, j.profile, JSON.readTree(j.settings), j.inputHash, j.cached, j.attempts, j.error,
                    j.createdBy, at(j.createdAt), at(j.startedAt), at(j.finishedAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored settings are not JSON", e);
        }
    }

    static ArtifactInfo of(ArtifactEntity a) {
        return new ArtifactInfo(a.hash, a.templateId, a.templateVersion, a.target, a.spaceId, a.spaceVersion, a.profile,
                a.runtimeVersion, a.files, a.bytes, a.durationMs, a.store, at(a.createdAt),
                a.paths == null || a.paths.isEmpty() ? java.util.List.of() : java.util.List.of(a.paths.split("\n")));
    }

    private static Instant at(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
