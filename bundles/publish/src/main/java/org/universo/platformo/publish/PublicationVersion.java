package org.universo.platformo.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A version of a publication: an immutable build artifact with a status (draft, prerelease, release, deprecated).
 * {@code url} serves exactly this version: publicly when it is a release of a public publication, otherwise through a
 * preview link.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationVersion(int number, String status, boolean active, String artifactHash, String buildId,
        String templateId, String templateVersion, int spaceVersion, String label, String notes, String url,
        String createdBy, Instant createdAt) {
}
