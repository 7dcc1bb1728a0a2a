package org.universo.platformo.template.build;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A build job. {@code cached} is true when an artifact with the same input hash already existed and was returned
 * without generating; {@code templateVersion} and {@code inputHash} are those of the plugin that ran (or will run).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuildJob(String id, BuildStatus status, String spaceId, int spaceVersion, String templateId,
        String templateVersion, String profile, JsonNode settings, String inputHash, boolean cached, int attempts,
        String error, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
}
